package org.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the build brings from Annotorious' npm tarball (src/web/pom.xml) is what annotate.js and the pages expect. */
class AnnotoriousBundleTest {

    private static final String DIRECTORY = "META-INF/resources/annotorious/";

    @Test
    void theUmdBundleDefinesWindowAnnotoriousWithTheW3cAdapter() throws IOException {
        String bundle = read("annotorious.js");

        assertThat(bundle).as("UMD: a global when there is no module system").contains(".Annotorious={}")
                .contains("createImageAnnotator=").contains("W3CImageFormat=");
        assertThat(bundle).as("not the ES module build, which a script tag cannot load").doesNotContain("export{");
    }

    @Test
    void itsStylesAndLicenceComeWithIt() throws IOException {
        assertThat(read("annotorious.css")).contains(".a9s-annotationlayer");
        assertThat(read("LICENSE")).contains("BSD 3-Clause");
    }

    /** JSF answers "not modified" by date alone: files dated 1985 by npm would keep browsers on an old version. */
    @Test
    void theBundleIsDatedByTheBuildNotByNpm() throws URISyntaxException, IOException {
        URL bundle = getClass().getClassLoader().getResource(DIRECTORY + "annotorious.js");
        assertThat(bundle).isNotNull();

        Instant modified = Files.getLastModifiedTime(Path.of(bundle.toURI())).toInstant();

        assertThat(modified).isAfter(Instant.parse("2000-01-01T00:00:00Z"));
    }

    private String read(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            assertThat(in).as(DIRECTORY + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
