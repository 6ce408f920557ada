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

/** Static checks of the carry-forward script (js/okr-carry-forward.js), its texts and its web-resource. */
public class CarryForwardScriptTest {
    private static final Path SCRIPT = Paths.get("src/main/resources/js/okr-carry-forward.js");
    private static final Path I18N = Paths.get("src/main/resources/i18n/okr-scorecard.properties");
    /** The calls Jira's jsI18n transformer replaces: a literal key, no arguments. */
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\('([\\w.-]+)'\\)");

    @Test
    public void everyTextTheScriptShowsIsALiteralOkrCarryKeyOfTheBundle() throws IOException {
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
            if (!call.group(1).startsWith("okr.carry.") || !bundle.containsKey(call.group(1))) {
                missing.add(call.group(1));
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(
                "every getText call has a literal key", keys, script.split("AJS\\.I18n\\.getText\\(", -1).length - 1);
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("okr.carry.")) {
                assertFalse(
                        "no apostrophe: MessageFormat would read it as a quote: " + key,
                        bundle.getProperty(key).contains("'"));
            }
        }
        assertTrue(keys >= 25);
    }

    @Test
    public void everyReasonTheServerGivesHasItsText() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        for (io.okrscorecard.app.CarryingForward.Reason reason : io.okrscorecard.app.CarryingForward.Reason.values()) {
            assertTrue(reason.name(), script.contains("'okr.carry.reason." + reason.name() + "'"));
        }
    }

    @Test
    public void theScriptNeverHandsDataToAnHtmlParser() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);

        for (String parser : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")) {
            assertFalse(parser, script.contains(parser));
        }
    }

    @Test
    public void itsWebResourceTranslatesTheScriptAndLoadsAfterTheSharedHelpers() {
        PluginResources.WebResource carry = PluginResources.fromClasspath().webResource("okr-carry-forward-resources");

        assertTrue(carry.jsI18n());
        assertEquals(List.of("okr-common-resources"), carry.dependencies());
        assertEquals(List.of(), carry.contexts());
    }
}
