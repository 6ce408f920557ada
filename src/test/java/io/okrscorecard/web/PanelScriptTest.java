package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.keyresult.Maintain;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.scoring.Status;
import java.io.IOException;
import java.io.Reader;
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
import java.util.stream.Collectors;
import org.junit.Test;

/** Static checks of the issue panel's script and texts. */
public class PanelScriptTest {
    private static final Path SCRIPT = Paths.get("src/main/resources/js/okr-panel.js");
    /** The work-item part of the panel, started by okr-panel.js with its helpers. */
    private static final Path WORK_SCRIPT = Paths.get("src/main/resources/js/okr-panel-work.js");

    private static final Path I18N = Paths.get("src/main/resources/i18n/okr-scorecard.properties");
    private static final String BLOCK_COMMENT = "# ----- issue panel -----";

    @Test
    public void everyTextTheScriptTemplateAndDescriptorUseIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        String script = scripts();
        Set<String> used = new TreeSet<>();
        used.addAll(keys(script, "\\.[tf]\\('(okr\\.panel\\.[\\w.-]+[\\w-])'"));
        used.addAll(keys(PanelTemplateTest.templateSource(), "\\.text\\(\"(okr\\.panel\\.[\\w.-]+)\"\\)"));
        used.addAll(keys(
                Files.readString(Paths.get("atlassian-plugin.xml"), StandardCharsets.UTF_8),
                "key=\"(okr\\.panel\\.[\\w.-]+)\""));
        used.addAll(composedKeys());

        List<String> missing =
                used.stream().filter(key -> !bundle.containsKey(key)).collect(Collectors.toList());
        assertEquals(List.of(), missing);
        assertTrue(used.toString(), used.size() > 70);
    }

    @Test
    public void everyPanelTextIsUsedSomewhere() throws IOException {
        String script = scripts();
        String sources = script
                + PanelTemplateTest.templateSource()
                + Files.readString(Paths.get("atlassian-plugin.xml"), StandardCharsets.UTF_8);
        Set<String> composed = composedKeys();
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(bundle().stringPropertyNames())) {
            if (key.startsWith("okr.panel.")
                    && !composed.contains(key)
                    && !sources.contains("'" + key + "'")
                    && !sources.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused);
    }

    @Test
    public void thePanelsTextsAreOneBlockAtTheEndOfTheBundle() throws IOException {
        List<String> lines = Files.readAllLines(I18N, StandardCharsets.UTF_8);
        int start = lines.indexOf(BLOCK_COMMENT);

        assertTrue(BLOCK_COMMENT + " is in the bundle", start >= 0);
        for (int i = 0; i < lines.size(); i++) {
            boolean panelKey = lines.get(i).startsWith("okr.panel.");
            assertEquals("line " + (i + 1) + ": " + lines.get(i), i > start, panelKey);
        }
    }

    /** The shared request helper sends the JSON ({@link DomScriptTest#requestsSendJsonSoJiraXsrfProtectionHolds}). */
    @Test
    public void noTextOfTheBundleIsDefinedTwiceSoNoneIsSilentlyReplaced() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(I18N, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && equals > 0) {
                String key = trimmed.substring(0, equals).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertEquals(Set.of(), twice);
    }

    @Test
    public void theCheckInIsPostedAsJsonSoJiraXsrfProtectionHolds() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);

        assertTrue(script.contains("return dom.request(method, panel.base + path, body)"));
        assertTrue(script.contains("request(panel, 'POST', '/keyresults/'"));
        assertFalse("no XSRF bypass", script.contains("X-Atlassian-Token"));
    }

    /** The panel's two scripts. */
    private static String scripts() throws IOException {
        return Files.readString(SCRIPT, StandardCharsets.UTF_8) + Files.readString(WORK_SCRIPT, StandardCharsets.UTF_8);
    }

    /** Keys the script builds from a prefix and an API value: every value the API can answer needs its text. */
    private static Set<String> composedKeys() {
        Set<String> keys = new TreeSet<>();
        for (Status status : Status.values()) {
            keys.add("okr.panel.status." + status.name());
        }
        for (KeyResultKind kind : KeyResultKind.values()) {
            keys.add("okr.panel.kind." + kind.name());
        }
        for (Confidence confidence : Confidence.values()) {
            keys.add("okr.panel.confidence." + confidence.name());
        }
        for (UndefinedReason reason : UndefinedReason.values()) {
            keys.add("okr.panel.undefined." + reason.name());
        }
        keys.add("okr.panel.undefined.UNKNOWN");
        for (Aggregate aggregate : Aggregate.values()) {
            keys.add("okr.panel.measure.aggregate." + aggregate.name());
        }
        for (RollupPolicy policy : RollupPolicy.values()) {
            keys.add("okr.panel.work.policy." + policy.name());
            if (policy != RollupPolicy.COUNT) {
                keys.add("okr.panel.work.weight." + policy.name());
            }
        }
        for (Maintain maintain : Maintain.values()) {
            keys.add("okr.panel.metric.maintain." + maintain.name());
        }
        return keys;
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(I18N, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }

    private static Set<String> keys(String source, String pattern) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = Pattern.compile(pattern).matcher(source);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
