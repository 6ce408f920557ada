package io.okrscorecard.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class BundleJarContentIT {
    private final PackagedBundle bundle = PackagedBundle.built();

    @Test
    public void jarCarriesDescriptorSpringContextAndI18nAtTheirPlaces() {
        assertTrue(bundle.hasEntry("atlassian-plugin.xml"));
        assertTrue(bundle.hasEntry("META-INF/spring/plugin-context.xml"));
        assertTrue(bundle.hasEntry("i18n/okr-scorecard.properties"));
    }

    @Test
    public void jarContainsOnlyClassesOfTheAppNeverTheShim() {
        List<String> foreign = bundle.entryNames().stream()
                .filter(name -> name.endsWith(".class"))
                .filter(name -> !name.startsWith("io/okrscorecard/"))
                .collect(Collectors.toList());
        assertEquals("classes outside io/okrscorecard (shim or stray library)", List.of(), foreign);
        assertFalse(bundle.entryNames().stream().anyMatch(name -> name.startsWith("com/atlassian/")));
        assertFalse(bundle.entryNames().stream().anyMatch(name -> name.startsWith("org/ofbiz/")));
    }

    @Test
    public void jarContainsNoTestOrBenchmarkClasses() {
        assertFalse(bundle.entryNames().stream().anyMatch(name -> name.startsWith("io/okrscorecard/bench/")));
        assertFalse(bundle.entryNames().stream().anyMatch(name -> name.endsWith("Test.class")));
    }

    @Test
    public void descriptorIsFilteredWithTheProjectsValues() {
        String key = bundle.xml("atlassian-plugin.xml").getDocumentElement().getAttribute("key");
        assertEquals(PackagedBundle.pluginKey(), key);
        String version = bundle.xml("atlassian-plugin.xml")
                .getElementsByTagName("version")
                .item(0)
                .getTextContent();
        assertFalse("unfiltered version: " + version, version.contains("${"));
    }
}
