package org.quotedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house's floors: resources (the JSON API and the pages) use the use cases, which use the
 * catalogue of records, which uses what is common; never the other way, and no package loop.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.quotedesk");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Resources").definedBy("org.quotedesk.web..")
                .layer("Use cases").definedBy("org.quotedesk.curation..", "org.quotedesk.search..",
                        "org.quotedesk.importing..", "org.quotedesk.review..", "org.quotedesk.extraction..",
                        "org.quotedesk.accounts..", "org.quotedesk.checking..")
                .layer("Catalogue").definedBy("org.quotedesk.catalogue..")
                .layer("Common").definedBy("org.quotedesk.common..")
                .whereLayer("Resources").mayNotBeAccessedByAnyLayer()
                .whereLayer("Use cases").mayOnlyBeAccessedByLayers("Resources")
                .whereLayer("Catalogue").mayOnlyBeAccessedByLayers("Resources", "Use cases")
                .whereLayer("Common").mayOnlyBeAccessedByLayers("Resources", "Use cases", "Catalogue")
                .check(MAIN);
    }

    @Test
    void noPackageImportsAPackageThatImportsIt() {
        slices().matching("org.quotedesk.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void httpAndPagesStayInTheResourceLayer() {
        noClasses().that().resideOutsideOfPackage("org.quotedesk.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy.reactive..",
                        "io.vertx.ext.web..", "io.quarkus.vertx.http..", "io.quarkus.qute..")
                .because("HTTP requests, responses and templates belong to the resources")
                .check(MAIN);
    }
}
