package org.gatehouse.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Which Gatehouse package may use which: the access model is the floor every feature stands on. */
class PackageRulesTest {

    private static final JavaClasses GATEHOUSE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gatehouse");

    @Test
    void theAccessModelUsesNoFeature() {
        noClasses().that().resideInAPackage("org.gatehouse.access..")
                .should().dependOnClassesThat(resideInAPackage("org.gatehouse..").and(not(resideInAPackage("org.gatehouse.access.."))))
                .because("every feature uses the access model, so the access model may use none of them")
                .check(GATEHOUSE);
    }
}
