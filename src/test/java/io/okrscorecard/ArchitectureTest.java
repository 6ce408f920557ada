package io.okrscorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
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
    private static final String[] ADAPTERS = {"jira", "store", "rest", "web", "mail", "report"};

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
                .resideInAnyPackage(concat(APP, adapters()))
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
                .resideInAnyPackage(adapters())
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

    /**
     * Jira's outgoing mail and the JavaMail API stay in {@code mail}: JakartaSources renames {@code javax.mail} for the
     * Jira 11 jar, whose atlassian-mail 8 is built on Jakarta Mail (docs/adr/0015).
     */
    @Test
    public void onlyMailUsesJiraMailAndJavaMail() {
        noClasses()
                .that()
                .resideOutsideOfPackage(adapter("mail"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.mail..", "javax.activation..", "com.atlassian.mail..")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    public void onlyTheReportUsesTheHtmlToPdfLibrary() {
        noClasses()
                .that()
                .resideOutsideOfPackage(adapter("report"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.openhtmltopdf..", "org.apache.pdfbox..", "org.apache.fontbox..", "de.rototor..")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    public void noClassOfTheAppLivesOutsideTheArchitecturePackages() {
        classes()
                .should()
                .resideInAnyPackage(concat(CORE, concat(APP, adapters())))
                .check(app);
    }

    private static String[] adapters() {
        return Arrays.stream(ADAPTERS).map(ArchitectureTest::adapter).toArray(String[]::new);
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String adapter(String name) {
        return BASE + "." + name + "..";
    }
}
