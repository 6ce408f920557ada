package io.okrscorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The dependency rules of docs/architecture.md: a pure core, adapters that never import each other, and each
 * framework confined to the one adapter that needs it. Rules over packages that have no classes yet still hold.
 */
public class ArchitectureTest {
    private static final String BASE = "io.okrscorecard";
    private static final String CORE = BASE + ".core..";
    private static final String APP = BASE + ".app..";
    private static final String[] ADAPTERS = {"jira", "store", "rest", "web"};

    private static JavaClasses app;

    @BeforeClass
    public static void importProductionClasses() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    public void coreDependsOnlyOnTheJdkAndItself() {
        classes()
                .that()
                .resideInAPackage(CORE)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", CORE)
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    public void coreNeverDependsOnOuterLayers() {
        noClasses()
                .that()
                .resideInAPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(APP, adapter("jira"), adapter("store"), adapter("rest"), adapter("web"))
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    public void useCasesNeverDependOnAdapters() {
        noClasses()
                .that()
                .resideInAPackage(APP)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(adapter("jira"), adapter("store"), adapter("rest"), adapter("web"))
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    public void adaptersNeverImportEachOther() {
        for (String adapter : ADAPTERS) {
            for (String other : ADAPTERS) {
                if (!adapter.equals(other)) {
                    noClasses()
                            .that()
                            .resideInAPackage(adapter(adapter))
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(adapter(other))
                            .allowEmptyShould(true)
                            .check(app);
                }
            }
        }
    }

    @Test
    public void onlyTheStoreUsesActiveObjects() {
        noClasses()
                .that()
                .resideOutsideOfPackage(adapter("store"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    public void onlyRestAndWebUseJaxRsAndServlets() {
        noClasses()
                .that()
                .resideOutsideOfPackages(adapter("rest"), adapter("web"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.ws.rs..", "javax.servlet..", "jakarta..")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    public void noClassOfTheAppLivesOutsideTheArchitecturePackages() {
        classes()
                .should()
                .resideInAnyPackage(CORE, APP, adapter("jira"), adapter("store"), adapter("rest"), adapter("web"))
                .check(app);
    }

    private static String adapter(String name) {
        return BASE + "." + name + "..";
    }
}
