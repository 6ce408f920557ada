package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
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

/** Static checks of the weekly digest script (js/okr-subscribe.js), its texts and its web-resource. */
public class SubscribeScriptTest {
    private static final Path SCRIPT = Paths.get("src/main/resources/js/okr-subscribe.js");
    private static final Path I18N = Paths.get("src/main/resources/i18n/okr-scorecard.properties");
    /** The calls Jira's jsI18n transformer replaces: a literal key, no arguments. */
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\('([\\w.-]+)'\\)");

    @Test
    public void everyTextTheScriptReadsIsALiteralOkrSubscribeKeyOfTheBundle() throws IOException {
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
            if (!call.group(1).startsWith("okr.subscribe.") || !bundle.containsKey(call.group(1))) {
                missing.add(call.group(1));
            }
        }
        assertEquals(List.of(), missing);
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("okr.subscribe.")) {
                assertTrue(
                        "no apostrophe: MessageFormat would read it as a quote: " + key,
                        !bundle.getProperty(key).contains("'"));
            }
        }
        assertEquals(
                "every getText call has a literal key", keys, script.split("AJS\\.I18n\\.getText\\(", -1).length - 1);
        assertTrue(keys > 30);
    }

    @Test
    public void itsWebResourceTranslatesTheScriptAndLoadsAfterTheSharedHelpersAndBeforeItsPages() {
        PluginResources resources = PluginResources.fromClasspath();
        PluginResources.WebResource subscribe = resources.webResource("okr-subscribe-resources");

        assertTrue(subscribe.jsI18n());
        assertEquals(List.of("okr-common-resources"), subscribe.dependencies());
        assertEquals(List.of(), subscribe.contexts());
        assertTrue(resources.webResource("okr-gadget-resources").dependencies().contains("okr-subscribe-resources"));
        assertTrue(resources.webResource("okr-admin-resources").dependencies().contains("okr-subscribe-resources"));
        List<String> order = new ArrayList<>();
        resources.loadOrder("atl.dashboard").forEach(resource -> order.add(resource.key()));
        assertEquals("okr-common-resources", order.get(0));
        assertTrue(order.toString(), order.indexOf("okr-subscribe-resources") < order.indexOf("okr-gadget-resources"));
        assertEquals("okr-gadget-resources", order.get(order.size() - 1));
    }
}
