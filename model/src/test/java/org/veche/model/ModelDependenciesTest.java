package org.veche.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model is plain Java: it must stay usable without any framework (STYLE: api → planner → model). */
class ModelDependenciesTest {

    private final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.veche.model");

    @Test
    void modelDependsOnlyOnTheJdkAndItself() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.veche.model..")
                .because("the model module has no libraries: no Jackson, Timefold, Quarkus or JPA")
                .check(model);
    }
}
