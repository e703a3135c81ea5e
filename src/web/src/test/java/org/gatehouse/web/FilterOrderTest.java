package org.gatehouse.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.annotation.WebFilter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The filters run in the order META-INF/web-fragment.xml gives them, never in the order a server happens to find them. */
class FilterOrderTest {

    @Test
    void failuresAreCaughtBeforeAnyOtherFilterRunsAlsoOnErrorPages() throws Exception {
        Element first = mappings().get(0);
        assertThat(text(first, "filter-name")).isEqualTo("FailureLog");
        assertThat(texts(first, "url-pattern")).containsExactly("/*");
        assertThat(texts(first, "dispatcher")).containsExactly("REQUEST", "ERROR");
    }

    @Test
    void everyFilterHasItsPlaceInTheFragment() throws Exception {
        List<String> mapped = mappings().stream().map(mapping -> text(mapping, "filter-name")).toList();
        assertThat(mapped).containsExactly("FailureLog", "SecurityHeaders", "ViewAsPageAudit", "UploadLimits");
        noClasses().should().beAnnotatedWith(WebFilter.class)
                .because("an annotated filter runs after the declared ones, in an order no one chose")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gatehouse"));
    }

    private static List<Element> mappings() throws Exception {
        try (InputStream in = FilterOrderTest.class.getResourceAsStream("/META-INF/web-fragment.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList found = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "filter-mapping");
            List<Element> mappings = new ArrayList<>();
            for (int i = 0; i < found.getLength(); i++) {
                mappings.add((Element) found.item(i));
            }
            return mappings;
        }
    }

    private static String text(Element parent, String name) {
        return texts(parent, name).get(0);
    }

    private static List<String> texts(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS("*", name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent().strip());
        }
        return texts;
    }
}
