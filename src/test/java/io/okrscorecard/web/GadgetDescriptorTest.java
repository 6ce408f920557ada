package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Static checks of the scorecard dashboard item: its {@code <dashboard-item>} and web-resource in atlassian-plugin.xml
 * (as written, before Maven's filtering), its script and its texts.
 */
public class GadgetDescriptorTest {
    private static final Path DESCRIPTOR = Paths.get("atlassian-plugin.xml");
    private static final Path RESOURCES = Paths.get("src/main/resources");
    private static final Path SCRIPT = RESOURCES.resolve("js/okr-gadget.js");
    private static final Path I18N = RESOURCES.resolve("i18n/okr-scorecard.properties");
    private static final String BLOCK_COMMENT = "# ----- gadget -----";

    /** The calls Jira's jsI18n transformer (and the sandbox's stand-in of it) replaces: a literal key, no arguments. */
    private static final Pattern LITERAL_GET_TEXT =
            Pattern.compile("AJS\\.I18n\\.getText\\('(okr\\.gadget\\.[\\w.-]+)'\\)");

    private final Document descriptor = parse();

    @Test
    public void dashboardItemNamesItsTitleDescriptionAmdModuleAndThumbnail() throws IOException {
        Element item = only(descriptor.getDocumentElement(), "dashboard-item");
        assertEquals("okr-gadget", item.getAttribute("key"));
        assertEquals("true", item.getAttribute("configurable"));
        assertTrue(bundle().containsKey(item.getAttribute("i18n-name-key")));

        Element definition = only(item, "definition");
        assertTrue(bundle().containsKey(only(definition, "title").getAttribute("key")));
        assertFalse(only(only(definition, "categories"), "category")
                .getTextContent()
                .isBlank());
        assertFalse(only(only(definition, "author"), "name").getTextContent().isBlank());
        String thumbnail = only(definition, "thumbnail").getAttribute("location");
        String prefix = "/download/resources/${atlassian.plugin.key}/";
        assertTrue(thumbnail, thumbnail.startsWith(prefix));
        assertTrue(
                "the thumbnail is in the plugin's images/ resource",
                Files.isRegularFile(RESOURCES.resolve(thumbnail.substring(prefix.length()))));
        assertTrue(thumbnail.substring(prefix.length()).startsWith("images/"));
        assertTrue(bundle().containsKey(only(item, "description").getAttribute("key")));

        String module = only(item, "amd-module").getTextContent().trim();
        Matcher defined = Pattern.compile("define\\('([^']+)'").matcher(script());
        List<String> modules = new ArrayList<>();
        while (defined.find()) {
            modules.add(defined.group(1));
        }
        assertEquals("the script defines exactly the module the descriptor names", List.of(module), modules);
    }

    @Test
    public void webResourceIsInTheDashboardContextWithAuiAndTheI18nTransformer() {
        Element resource = webResource("okr-gadget-resources");

        assertEquals(List.of("atl.dashboard"), texts(resource, "context"));
        assertTrue(texts(resource, "dependency").contains("com.atlassian.auiplugin:ajs"));
        assertTrue(texts(resource, "dependency").contains("${atlassian.plugin.key}:okr-common-resources"));
        Element transformation = only(resource, "transformation");
        assertEquals("js", transformation.getAttribute("extension"));
        assertEquals("jsI18n", only(transformation, "transformer").getAttribute("key"));
        List<String> locations = new ArrayList<>();
        for (Element download : children(resource, "resource")) {
            assertEquals("download", download.getAttribute("type"));
            locations.add(download.getAttribute("location"));
            assertTrue(
                    download.getAttribute("location"),
                    Files.isRegularFile(RESOURCES.resolve(download.getAttribute("location"))));
        }
        assertEquals(List.of("js/okr-gadget.js", "css/okr-gadget.css"), locations);
    }

    @Test
    public void everyTextTheGadgetShowsIsInTheBundleAndEveryGadgetTextIsShown() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher call = LITERAL_GET_TEXT.matcher(script());
        while (call.find()) {
            used.add(call.group(1));
        }
        Element item = only(descriptor.getDocumentElement(), "dashboard-item");
        Set<String> declared = new TreeSet<>(List.of(
                item.getAttribute("i18n-name-key"),
                only(only(item, "definition"), "title").getAttribute("key"),
                only(item, "description").getAttribute("key"),
                only(webResource("okr-gadget-resources"), "description").getAttribute("key")));
        Properties bundle = bundle();

        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals("texts the script uses but the bundle lacks", List.of(), missing);
        List<String> unused = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("okr.gadget.") && !used.contains(key) && !declared.contains(key)) {
                unused.add(key);
            }
        }
        unused.sort(null);
        assertEquals("gadget texts nothing shows", List.of(), unused);
        assertTrue(used.size() > 100);
    }

    @Test
    public void everyI18nCallHasALiteralKeyAndNoArgumentsSoTheTransformerReplacesIt() throws IOException {
        String script = script();
        int calls = script.split("AJS\\.I18n\\.getText\\(", -1).length - 1;
        int literal = 0;
        Matcher call = LITERAL_GET_TEXT.matcher(script);
        while (call.find()) {
            literal++;
        }
        assertEquals(calls, literal);
    }

    @Test
    public void gadgetTextsAreOneBlockAfterTheirCommentAndAvoidMessageFormatQuotes() throws IOException {
        List<String> lines = Files.readAllLines(I18N, StandardCharsets.UTF_8);
        int start = lines.indexOf(BLOCK_COMMENT);
        assertTrue("the block starts with " + BLOCK_COMMENT, start >= 0);
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("okr.gadget.")) {
                first = first < 0 ? i : first;
                last = i;
                assertFalse(
                        "no apostrophe: MessageFormat would read it as a quote: " + lines.get(i),
                        lines.get(i).contains("'"));
            }
        }
        assertTrue(first > start);
        for (int i = start + 1; i <= last; i++) {
            String line = lines.get(i);
            assertTrue(
                    "only gadget texts and comments inside the block: " + line,
                    line.startsWith("okr.gadget.") || line.startsWith("#"));
        }
    }

    @Test
    public void scriptAndTheHelpersItBuildsWithBuildTheDomWithoutParsingHtml() throws IOException {
        String script = script() + Files.readString(DomScriptTest.SCRIPT, StandardCharsets.UTF_8);
        assertTrue(script().contains("var el = dom.el;"));
        for (String sink : List.of(
                "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", ".html(")) {
            assertFalse(sink, script.contains(sink));
        }
    }

    // ---------- helpers ----------

    private static Document parse() {
        try (InputStream in = Files.newInputStream(DESCRIPTOR)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new AssertionError("atlassian-plugin.xml is not well-formed", e);
        }
    }

    private Element webResource(String key) {
        for (Element resource : children(descriptor.getDocumentElement(), "web-resource")) {
            if (key.equals(resource.getAttribute("key"))) {
                return resource;
            }
        }
        throw new AssertionError("no web-resource " + key);
    }

    private static Element only(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        assertEquals(parent.getTagName() + " has one " + tag, 1, found.size());
        return found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && tag.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        children(parent, tag).forEach(child -> texts.add(child.getTextContent().trim()));
        return texts;
    }

    private static String script() throws IOException {
        return Files.readString(SCRIPT, StandardCharsets.UTF_8);
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (var in = Files.newBufferedReader(I18N, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}
