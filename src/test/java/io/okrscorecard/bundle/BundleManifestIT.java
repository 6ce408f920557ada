package io.okrscorecard.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Test;

public class BundleManifestIT {
    private static final Pattern VERSION_RANGE = Pattern.compile("version=\"[\\[(][0-9.]+,[0-9.]+[\\])]\"");

    private final Attributes manifest = PackagedBundle.built().manifest();
    private final Map<String, String> imports = PackagedBundle.built().importedPackages();

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
