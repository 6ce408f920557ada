package io.okrscorecard.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Test;

/** The content of the built jar; run once per jar (Jira 10 and Jira 11, {@link BundleVariant}). */
public class BundleJarContentIT {
    private final PackagedBundle bundle = PackagedBundle.built();
    private final BundleVariant variant = BundleVariant.current();

    @Test
    public void everyClassIsCompiledForTheJavaItsJiraRunsOn() {
        Map<String, ClassFiles> classes = bundle.classes();
        List<String> otherVersion = classes.entrySet().stream()
                .filter(entry -> entry.getValue().majorVersion() != variant.classMajorVersion())
                .map(entry -> entry.getKey() + " (major " + entry.getValue().majorVersion() + ")")
                .collect(Collectors.toList());

        assertFalse(classes.isEmpty());
        assertEquals(variant + ": classes not of major " + variant.classMajorVersion(), List.of(), otherVersion);
    }

    @Test
    public void noClassReferencesTheJavaEeNamespaceOfTheOtherJira() {
        List<String> forbidden = variant.other().javaEePackages();
        List<String> references = new ArrayList<>();
        bundle.classes()
                .forEach((name, classFile) -> forbidden.forEach(javaEe ->
                        classFile.referencesTo(javaEe).forEach(constant -> references.add(name + ": " + constant))));

        assertEquals(variant + " jar refers to " + forbidden, List.of(), references);
    }

    @Test
    public void restAndWebClassesReferenceTheJavaEeNamespaceOfTheirJira() {
        ClassFiles servlet = bundle.classes().get("io/okrscorecard/web/AdminServlet.class");
        ClassFiles resource = bundle.classes().get("io/okrscorecard/rest/OkrResource.class");

        assertFalse(servlet.referencesTo(variant.javaEePackages().get(1)).isEmpty());
        assertFalse(resource.referencesTo(variant.javaEePackages().get(0)).isEmpty());
    }

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
