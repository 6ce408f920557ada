package io.okrscorecard.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Checks atlassian-plugin.xml as packaged: what Jira would otherwise report only when an admin installs the app. */
public class PluginDescriptorIT {
    private static final Set<String> I18N_KEY_ELEMENTS = Set.of("description", "label", "tooltip", "name", "title");
    /** Web fragments whose location attribute names a place in Jira's UI, not a file. */
    private static final Set<String> UI_LOCATION_ELEMENTS = Set.of("web-section", "web-item", "web-panel");
    /** Elements whose location is the URL Jira serves a download resource at: /download/resources/{plugin key}/name. */
    private static final Set<String> DOWNLOAD_URL_ELEMENTS = Set.of("thumbnail");

    private final PackagedBundle bundle = PackagedBundle.built();
    private final Document descriptor = bundle.xml("atlassian-plugin.xml");

    @Test
    public void pluginInfoDeclaresVersionVendorAndDataCenterCompatibility() {
        Element info = (Element) descriptor.getElementsByTagName("plugin-info").item(0);
        assertFalse(
                info.getElementsByTagName("version").item(0).getTextContent().isBlank());
        assertFalse(((Element) info.getElementsByTagName("vendor").item(0))
                .getAttribute("name")
                .isBlank());
        List<String> params = new ArrayList<>();
        NodeList paramNodes = info.getElementsByTagName("param");
        for (int i = 0; i < paramNodes.getLength(); i++) {
            Element param = (Element) paramNodes.item(i);
            params.add(param.getAttribute("name") + "=" + param.getTextContent().trim());
        }
        assertTrue(params.toString(), params.contains("atlassian-data-center-status=compatible"));
        assertTrue(params.toString(), params.contains("atlassian-data-center-compatible=true"));
    }

    @Test
    public void moduleKeysAreUnique() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Element module : children(descriptor.getDocumentElement())) {
            String key = module.getAttribute("key");
            if (!key.isEmpty() && !seen.add(key)) {
                duplicates.add(key);
            }
        }
        assertEquals(List.of(), duplicates);
    }

    @Test
    public void everyClassAttributeNamesAClassInTheJarOrAnImportedHostPackage() {
        List<String> missing = new ArrayList<>();
        forEachElement(element -> {
            String className = element.getAttribute("class");
            if (!className.isEmpty() && !bundle.hasClass(className) && !bundle.importsPackageOf(className)) {
                missing.add(element.getTagName() + " class=" + className);
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyI18nKeyExistsInTheI18nResource() {
        Properties i18n = bundle.properties(i18nResourceLocation() + ".properties");
        List<String> missing = new ArrayList<>();
        forEachElement(element -> {
            String nameKey = element.getAttribute("i18n-name-key");
            if (!nameKey.isEmpty() && !i18n.containsKey(nameKey)) {
                missing.add(nameKey);
            }
            String key = element.getAttribute("key");
            if (I18N_KEY_ELEMENTS.contains(element.getTagName()) && !key.isEmpty() && !i18n.containsKey(key)) {
                missing.add(key);
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyResourceLocationExistsInTheJar() {
        List<String> missing = new ArrayList<>();
        forEachElement(element -> {
            String location = element.getAttribute("location");
            if (location.isEmpty() || UI_LOCATION_ELEMENTS.contains(element.getTagName())) {
                return;
            }
            if (DOWNLOAD_URL_ELEMENTS.contains(element.getTagName())) {
                String prefix =
                        "/download/resources/" + descriptor.getDocumentElement().getAttribute("key") + "/";
                if (!location.startsWith(prefix) || !bundle.hasEntry(location.substring(prefix.length()))) {
                    missing.add(element.getTagName() + " location=" + location);
                }
                return;
            }
            boolean found = "i18n".equals(element.getAttribute("type"))
                    ? bundle.hasEntry(location + ".properties")
                    : bundle.entryNames().stream().anyMatch(name -> name.equals(location) || name.startsWith(location));
            if (!found) {
                missing.add(element.getTagName() + " location=" + location);
            }
        });
        assertEquals(List.of(), missing);
    }

    /** Jira would load the dependent web-resource without the missing one and report it in its log only. */
    @Test
    public void everyDependencyOnAWebResourceOfThePluginNamesOneItDeclares() {
        String ownPrefix = descriptor.getDocumentElement().getAttribute("key") + ":";
        Set<String> webResources = new HashSet<>();
        List<String> own = new ArrayList<>();
        forEachElement(element -> {
            if ("web-resource".equals(element.getTagName())) {
                webResources.add(element.getAttribute("key"));
            }
            String dependency = element.getTextContent().trim();
            if ("dependency".equals(element.getTagName()) && dependency.startsWith(ownPrefix)) {
                own.add(dependency.substring(ownPrefix.length()));
            }
        });
        assertFalse("the page scripts share a web-resource", own.isEmpty());
        assertEquals(
                List.of(),
                own.stream().filter(key -> !webResources.contains(key)).toList());
    }

    @Test
    public void restModuleHasTheJira10FormWithoutARestMigrationElement() {
        NodeList rest = descriptor.getElementsByTagName("rest");
        assertEquals(1, rest.getLength());
        assertEquals(0, descriptor.getElementsByTagName("rest-migration").getLength());
        Element module = (Element) rest.item(0);
        assertEquals("/okr-scorecard", module.getAttribute("path"));
        assertEquals("1.0", module.getAttribute("version"));
    }

    @Test
    public void descriptorDeclaresNoSpringComponentsBecauseWiringLivesInPluginContextXml() {
        assertEquals(0, descriptor.getElementsByTagName("component").getLength());
        assertEquals(0, descriptor.getElementsByTagName("component-import").getLength());
    }

    private String i18nResourceLocation() {
        List<String> locations = new ArrayList<>();
        forEachElement(element -> {
            if ("resource".equals(element.getTagName()) && "i18n".equals(element.getAttribute("type"))) {
                locations.add(element.getAttribute("location"));
            }
        });
        assertEquals("exactly one i18n resource", 1, locations.size());
        return locations.get(0);
    }

    private void forEachElement(Consumer<Element> action) {
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            action.accept((Element) all.item(i));
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                elements.add((Element) node);
            }
        }
        return elements;
    }
}
