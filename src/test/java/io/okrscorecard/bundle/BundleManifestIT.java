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
    public void everyImportedPackageHasAVersionRange() {
        assertFalse("no Import-Package", imports.isEmpty());
        List<String> unranged = imports.entrySet().stream()
                .filter(clause -> !VERSION_RANGE.matcher(clause.getValue()).find())
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertEquals("imports without a version range (add them to okr.import.package)", List.of(), unranged);
    }

    @Test
    public void noImportIsOptionalSoAMissingHostPackageFailsAtInstallNotAtRuntime() {
        List<String> optional = imports.entrySet().stream()
                .filter(clause -> clause.getValue().contains("resolution:=optional"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertEquals(List.of(), optional);
    }

    @Test
    public void bundleExportsNothingAndImportsNoJavaPackages() {
        assertNull(manifest.getValue("Export-Package"));
        assertTrue(imports.keySet().stream().noneMatch(name -> name.startsWith("java.")));
        assertTrue(imports.keySet().stream().noneMatch(name -> name.startsWith("io.okrscorecard")));
    }
}
