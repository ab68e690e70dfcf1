package org.veche.planner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies run one way, api → planner → model; the planner never knows the server. */
class PlannerDependenciesTest {

    private final JavaClasses planner = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.veche.planner");

    @Test
    void plannerDoesNotDependOnTheApiOrQuarkus() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.veche.api..", "io.quarkus..", "jakarta.ws..", "jakarta.persistence..")
                .because("the planner runs in the command line and the server alike")
                .check(planner);
    }
}
