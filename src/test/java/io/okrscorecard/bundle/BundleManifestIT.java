package io.okrscorecard.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Test;

/** The manifest of the built jar; run once per jar (Jira 10 and Jira 11, {@link BundleVariant}). */
public class BundleManifestIT {
    private static final Pattern VERSION_RANGE = Pattern.compile("version=\"[\\[(][0-9.]+,[0-9.]+[\\])]\"");

    private final Attributes manifest = PackagedBundle.built().manifest();
    private final Map<String, String> imports = PackagedBundle.built().importedPackages();
    private final BundleVariant variant = BundleVariant.current();

    @Test
    public void importsTheJavaEeAndJiraPackagesAtTheRangesOfItsJira() {
        Map<String, String> expected = variant == BundleVariant.JIRA11
                ? Map.of(
                        "jakarta.ws.rs", "[3.0,4)",
                        "jakarta.servlet.http", "[5.0,7)",
                        "jakarta.inject", "[2.0,3)",
                        "com.atlassian.jira.issue", "[11.0,12)",
                        "com.atlassian.query", "[11.0,12)",
                        "com.atlassian.sal.api.user", "[7.0,8)",
                        "com.atlassian.plugins.rest.api.security.annotation", "[9.0,10)",
                        "com.fasterxml.jackson.databind", "[2.19,3)",
                        "jakarta.mail.internet", "[2.0,3)",
                        "com.atlassian.mail.queue", "[8.0,9)")
                : Map.of(
                        "javax.ws.rs", "[2.0,3)",
                        "javax.servlet.http", "[3.0,5)",
                        "javax.inject", "[1.0,2)",
                        "com.atlassian.jira.issue", "[10.0,11)",
                        "com.atlassian.sal.api.user", "[5.0,8)",
                        "com.atlassian.plugins.rest.api.security.annotation", "[8.0,10)",
                        "javax.mail.internet", "[1.4,2)",
                        "com.atlassian.mail.queue", "[5.0,8)");
        expected.forEach((name, range) -> assertEquals(
                variant + " " + name, "version=\"" + range + "\"", imports.getOrDefault(name, "(not imported)")));
        List<String> otherNamespace = imports.keySet().stream()
                .filter(name -> variant.other().javaEePackages().stream().anyMatch(name::startsWith))
                .collect(Collectors.toList());
        assertEquals(List.of(), otherNamespace);
    }

    @Test
    public void requiresTheJavaReleaseItsJiraRunsOn() {
        String required = manifest.getValue("Require-Capability");

        assertTrue(required, required.contains("(osgi.ee=JavaSE)(version=" + variant.javaRelease() + ")"));
    }

    @Test
    public void importsTheSamePackagesAsTheOtherJiraJarUpToTheJavaEeNamespace() {
        Optional<PackagedBundle> other = PackagedBundle.other();
        assumeTrue(
                "the " + variant.other() + " jar was not built (no JDK 21+: see the build's warning)",
                other.isPresent());

        List<String> otherImports = other.get().importedPackages().keySet().stream()
                .map(variant::inThisNamespace)
                .sorted()
                .collect(Collectors.toList());

        assertEquals(imports.keySet().stream().sorted().collect(Collectors.toList()), otherImports);
    }

    @Test
    public void bundleIsIdentifiedByThePluginKey() {
        assertEquals(PackagedBundle.pluginKey(), manifest.getValue("Bundle-SymbolicName"));
        assertEquals(PackagedBundle.pluginKey(), manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
    }

    @Test
    public void springContextHeaderMakesTheFrameworkReadMetaInfSpring() {
        assertEquals("*", manifest.getValue("Spring-Context"));
    }

    @Test
    public void everyImportedHostPackageHasAVersionRange() {
        assertFalse("no Import-Package", imports.isEmpty());
        List<String> unranged = imports.entrySet().stream()
                .filter(clause -> !PackagedBundle.isSpringWiring(clause.getKey()))
                .filter(clause -> !PackagedBundle.isJdkPackage(clause.getKey()))
                .filter(clause -> !VERSION_RANGE.matcher(clause.getValue()).find())
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertEquals("imports without a version range (add them to okr.import.package)", List.of(), unranged);
    }

    @Test
    public void theReportLibrariesAreEmbeddedSoNoneOfTheirPackagesIsImported() {
        List<String> classPath = List.of(manifest.getValue("Bundle-ClassPath").split(","));
        for (String library :
                List.of("openhtmltopdf-pdfbox", "openhtmltopdf-core", "pdfbox", "pdfbox-io", "fontbox", "graphics2d")) {
            assertTrue(
                    library + " in " + classPath,
                    classPath.stream().anyMatch(entry -> entry.matches("lib/" + library + "-[0-9.]+\\.jar")));
            assertTrue(
                    library,
                    PackagedBundle.built().entryNames().stream()
                            .anyMatch(name -> name.matches("lib/" + library + "-[0-9.]+\\.jar")));
        }
        assertEquals(".", classPath.get(0));
        List<String> leaked = imports.keySet().stream()
                .filter(name -> name.startsWith("com.openhtmltopdf")
                        || name.startsWith("org.apache.pdfbox")
                        || name.startsWith("org.apache.fontbox")
                        || name.startsWith("org.apache.xmpbox")
                        || name.startsWith("org.apache.commons.logging")
                        || name.startsWith("de.rototor")
                        || name.startsWith("org.bouncycastle")
                        || name.startsWith("org.apache.log")
                        || name.startsWith("sun."))
                .collect(Collectors.toList());
        assertEquals(List.of(), leaked);
        List<String> unranged = imports.entrySet().stream()
                .filter(clause -> !clause.getValue().contains("version="))
                .filter(clause -> !PackagedBundle.isSpringWiring(clause.getKey()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertTrue(unranged.toString(), unranged.contains("javax.imageio") && unranged.contains("org.w3c.dom"));
        assertTrue(unranged.toString(), unranged.stream().allMatch(PackagedBundle::isJdkPackage));
    }

    @Test
    public void theReportFontsAndTheirLicencesAreInTheJar() {
        List<String> entries = PackagedBundle.built().entryNames();
        for (String file : List.of(
                "DejaVuSans.ttf",
                "DejaVuSans-Bold.ttf",
                "NotoSansJP-Regular.ttf",
                "LICENSE-DejaVu.txt",
                "LICENSE-NotoSansJP.txt",
                "NOTICE.txt")) {
            assertTrue(file, entries.contains("io/okrscorecard/report/fonts/" + file));
        }
    }

    @Test
    public void onlyTheSpringWiringImportsAreOptionalSoAMissingHostPackageFailsAtInstallNotAtRuntime() {
        List<String> optional = imports.entrySet().stream()
                .filter(clause -> clause.getValue().contains("resolution:=optional"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertTrue(
                "optional imports other than the Spring wiring: " + optional,
                optional.stream().allMatch(PackagedBundle::isSpringWiring));
    }

    @Test
    public void springWiringPackagesAreImportedOptionallyAsAmpsDoes() {
        List<String> wiring =
                imports.keySet().stream().filter(PackagedBundle::isSpringWiring).collect(Collectors.toList());
        assertTrue(wiring.contains("org.eclipse.gemini.blueprint.service.importer"));
        assertTrue(wiring.contains("org.springframework.osgi.service.importer"));
        for (String name : wiring) {
            assertTrue(name + " is not optional", imports.get(name).contains("resolution:=optional"));
            assertFalse(name + " has a version", imports.get(name).contains("version="));
        }
    }

    @Test
    public void bundleExportsNothingAndImportsNoJavaPackages() {
        assertNull(manifest.getValue("Export-Package"));
        assertTrue(imports.keySet().stream().noneMatch(name -> name.startsWith("java.")));
        assertTrue(imports.keySet().stream().noneMatch(name -> name.startsWith("io.okrscorecard")));
    }
}
