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
                .filter(clause -> !VERSION_RANGE.matcher(clause.getValue()).find())
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertEquals("imports without a version range (add them to okr.import.package)", List.of(), unranged);
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
