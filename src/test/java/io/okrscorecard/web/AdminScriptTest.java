package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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
import java.util.stream.Stream;
import org.junit.Test;

/** Static checks of the admin page's script and texts. */
public class AdminScriptTest {
    private static final Path SCRIPTS = Paths.get("src/main/resources/js");
    private static final Path SCRIPT = SCRIPTS.resolve("okr-admin.js");
    private static final Path I18N = Paths.get("src/main/resources/i18n/okr-scorecard.properties");

    /** Sinks that parse a string as HTML or code. */
    private static final Pattern HTML_SINKS = Pattern.compile(
            "\\.(innerHTML|outerHTML)\\s*[+]?=(?!=)|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new\\s+Function\\s*\\("
                    + "|\\.html\\s*\\(|\\.append\\s*\\(\\s*['\"]\\s*<|setAttribute\\s*\\(\\s*['\"]on");

    /** Keys the script builds from a prefix and a value list. */
    private static final List<String> COMPOSED_KEYS = List.of(
            "okr.admin.perspectives.column.key",
            "okr.admin.perspectives.column.name",
            "okr.admin.perspectives.column.colour",
            "okr.admin.perspectives.column.weight",
            "okr.admin.perspectives.column.green",
            "okr.admin.perspectives.column.amber",
            "okr.admin.mapping.source.PERSPECTIVE_FIELD",
            "okr.admin.mapping.source.SELECT_FIELD",
            "okr.admin.mapping.source.LABELS",
            "okr.admin.mapping.source.COMPONENTS",
            "okr.admin.settings.status-mode.ABSOLUTE",
            "okr.admin.settings.status-mode.PACE",
            "okr.admin.settings.check-in-cadence.OFF",
            "okr.admin.settings.check-in-cadence.WEEKLY",
            "okr.admin.settings.check-in-cadence.EVERY_TWO_WEEKS",
            "okr.admin.settings.check-in-cadence.MONTHLY",
            "okr.admin.settings.check-in-weekday.MONDAY",
            "okr.admin.settings.check-in-weekday.TUESDAY",
            "okr.admin.settings.check-in-weekday.WEDNESDAY",
            "okr.admin.settings.check-in-weekday.THURSDAY",
            "okr.admin.settings.check-in-weekday.FRIDAY",
            "okr.admin.settings.check-in-weekday.SATURDAY",
            "okr.admin.settings.check-in-weekday.SUNDAY",
            "okr.admin.cycles.column.id",
            "okr.admin.cycles.column.name",
            "okr.admin.cycles.column.start",
            "okr.admin.cycles.column.end",
            "okr.admin.cycles.column.actions",
            "okr.admin.bootstrap.column.object",
            "okr.admin.bootstrap.column.outcome",
            "okr.admin.bootstrap.column.name",
            "okr.admin.bootstrap.column.id",
            "okr.admin.bootstrap.column.message");

    @Test
    public void noScriptParsesDataAsHtml() throws IOException {
        List<String> sinks = new ArrayList<>();
        for (Path script : scripts()) {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                    continue;
                }
                if (HTML_SINKS.matcher(lines.get(i)).find()) {
                    sinks.add(script.getFileName() + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertEquals(List.of(), sinks);
    }

    @Test
    public void sinkPatternCatchesTheForbiddenForms() {
        for (String bad : List.of(
                "node.innerHTML = name;",
                "node.outerHTML=x",
                "node.innerHTML += x",
                "node.insertAdjacentHTML('beforeend', x)",
                "document.write(x)",
                "$(node).html(x)")) {
            assertTrue(bad, HTML_SINKS.matcher(bad).find());
        }
    }

    /** The shared request helper sends the JSON ({@link DomScriptTest#requestsSendJsonSoJiraXsrfProtectionHolds}). */
    @Test
    public void mutationsSendJsonSoJiraXsrfProtectionHolds() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);

        assertTrue(script.contains("return dom.request(method, page.base + path, body)"));
        assertTrue(script.contains("request(page, 'PUT', '/admin/settings', body)"));
        assertTrue("no XSRF bypass", !script.contains("X-Atlassian-Token"));
    }

    @Test
    public void everyTextTheScriptAndTemplateUseIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(I18N, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        Set<String> used = new TreeSet<>(COMPOSED_KEYS);
        used.addAll(keys(Files.readString(SCRIPT, StandardCharsets.UTF_8), "\\.t\\('(okr\\.admin\\.[\\w.-]+)'\\)"));
        used.addAll(keys(
                Files.readString(SCRIPT, StandardCharsets.UTF_8), "announce\\(page, '(okr\\.admin\\.[\\w.-]+)'\\)"));
        used.addAll(keys(AdminTemplateTest.templateSource(), "\\.text\\(\"(okr\\.admin\\.[\\w.-]+)\"\\)"));
        used.add("okr.admin.forbidden");

        List<String> missing =
                used.stream().filter(key -> !bundle.containsKey(key)).collect(Collectors.toList());
        assertEquals(List.of(), missing);
        assertTrue(used.size() > 60);
    }

    private static Set<String> keys(String source, String pattern) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = Pattern.compile(pattern).matcher(source);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(SCRIPTS)) {
            return files.filter(file -> file.toString().endsWith(".js"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
