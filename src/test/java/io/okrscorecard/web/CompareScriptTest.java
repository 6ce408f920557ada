package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.sandbox.web.PluginResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** Static checks of the "Compare with previous cycle" script (js/okr-compare.js), its texts and its web-resource. */
public class CompareScriptTest {
    private static final Path SCRIPT = Paths.get("src/main/resources/js/okr-compare.js");
    private static final Path GADGET = Paths.get("src/main/resources/js/okr-gadget.js");
    private static final Path I18N = Paths.get("src/main/resources/i18n/okr-scorecard.properties");
    /** The calls Jira's jsI18n transformer replaces: a literal key, no arguments. */
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\('([\\w.-]+)'\\)");

    @Test
    public void everyTextTheScriptReadsIsALiteralOkrCompareKeyOfTheBundleWithoutApostrophes() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(I18N)) {
            bundle.load(in);
        }
        List<String> missing = new ArrayList<>();
        int keys = 0;
        Matcher call = GET_TEXT.matcher(script);
        while (call.find()) {
            keys++;
            if (!call.group(1).startsWith("okr.compare.") || !bundle.containsKey(call.group(1))) {
                missing.add(call.group(1));
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(
                "every getText call has a literal key", keys, script.split("AJS\\.I18n\\.getText\\(", -1).length - 1);
        assertTrue(keys >= 15);
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("okr.compare.")) {
                assertFalse(
                        "no apostrophe: MessageFormat would read it as a quote: " + key,
                        bundle.getProperty(key).contains("'"));
            }
        }
        assertEquals("\u25b2 +{0} pp", bundle.getProperty("okr.compare.up"));
        assertEquals("\u25bc \u2212{0} pp", bundle.getProperty("okr.compare.down"));
    }

    @Test
    public void theScriptNeverHandsDataToAnHtmlParser() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);

        for (String parser : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")) {
            assertFalse(parser, script.contains(parser));
        }
    }

    @Test
    public void itsWebResourceTranslatesTheScriptAndLoadsBeforeTheDashboardItemThatCallsIt() throws IOException {
        PluginResources resources = PluginResources.fromClasspath();
        PluginResources.WebResource compare = resources.webResource("okr-compare-resources");

        assertTrue(compare.jsI18n());
        assertEquals(List.of("okr-common-resources"), compare.dependencies());
        assertEquals(List.of(), compare.contexts());
        List<String> order = new ArrayList<>();
        resources.loadOrder("atl.dashboard").forEach(resource -> order.add(resource.key()));
        assertTrue(order.toString(), order.indexOf("okr-compare-resources") >= 0);
        assertTrue(order.toString(), order.indexOf("okr-compare-resources") < order.indexOf("okr-gadget-resources"));
        assertTrue(
                "the item calls the script only when it is there",
                Files.readString(GADGET, StandardCharsets.UTF_8).contains("if (window.okrScorecard.compare && "));
    }
}
