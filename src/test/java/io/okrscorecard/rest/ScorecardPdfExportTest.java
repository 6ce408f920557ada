package io.okrscorecard.rest;

import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Download;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.After;
import org.junit.Test;

/**
 * {@code GET /scorecard.pdf} read back with Apache PDFBox: every objective and key result the caller may browse is in
 * its text with the percentage of the REST answer for the same parameters, the others are only counted, an undefined
 * value reads "—", German and Japanese summaries come back as written from the embedded fonts, and markup in a summary
 * stays text. Page 1 is rendered to {@code target/screenshots/pdf-report-page-1.png}.
 */
public class ScorecardPdfExportTest {
    private static final String GERMAN = "Größere Märkte erschließen, Übersee zuerst";
    private static final String JAPANESE = "日本市場に進出する";
    private static final String MARKUP = "<b>Bold</b> & <script>alert(1)</script>";

    private final ApiFixture api = new ApiFixture(jira -> jira.objective(objective("OKR-7")
                    .summary(GERMAN)
                    .in("customer")
                    .with(work("KR-70").summary(JAPANESE))
                    .build())
            .objective(objective("DEV-3")
                    .summary(MARKUP)
                    .in("internal-processes")
                    .drives("OKR-7")
                    .with(work("KR-71").summary("Nothing linked yet"))
                    .build()));

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void thePdfNamesEveryVisibleObjectiveAndKeyResultWithThePercentageOfTheRestAnswer() throws IOException {
        JsonNode scorecard = api.rest.get("scorecard?cycle=2026-Q4").json();
        Download pdf = api.rest.download("scorecard.pdf?cycle=2026-Q4");

        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("attachment; filename=\"okr-scorecard-2026-Q4.pdf\"", pdf.disposition());
        String text = text(pdf.body());
        List<JsonNode> objectives = objectives(scorecard);
        assertEquals(List.of("O-2", "O-1", "OKR-7", "DEV-3"), keys(objectives));
        for (JsonNode objective : objectives) {
            String key = objective.get("key").asText();
            assertEquals(
                    key,
                    "Progress " + percent(objective.get("progress")),
                    lineAfter(text, "^" + key + " ", "Progress"));
            for (JsonNode keyResult : objective.get("keyResults")) {
                String line = lineStarting(text, keyResult.get("key").asText() + " ");
                assertTrue(line, line.contains(" " + percent(keyResult.get("progress")) + " "));
            }
        }
        List<String> lines = lines(text);
        assertEquals(percent(scorecard.get("progress")), lines.get(lines.indexOf("Scorecard") + 1));
        assertTrue(text, text.contains("Page 1 of "));
        assertTrue(text, text.contains(ApiFixture.BASE_URL));
    }

    @Test
    public void exportsOfTheShownPerspectivesListOnlyTheirObjectivesAndKeepTheScorecardsScore() throws IOException {
        JsonNode scorecard = api.rest.get("scorecard?cycle=2026-Q4").json();
        JsonNode shown = null;
        List<String> others = new ArrayList<>();
        for (JsonNode perspective : scorecard.get("perspectives")) {
            if (shown == null && !perspective.get("objectives").isEmpty()) {
                shown = perspective;
            } else {
                perspective
                        .get("objectives")
                        .forEach(objective -> others.add(objective.get("key").asText()));
            }
        }
        assertTrue("objectives in two perspectives", shown != null && !others.isEmpty());
        String query = "?cycle=2026-Q4&show=" + shown.get("key").asText();

        List<String> lines =
                lines(text(api.rest.download("scorecard.pdf" + query).body()));
        String csv = api.rest.get("scorecard.csv" + query).body();

        assertEquals(percent(scorecard.get("progress")), lines.get(lines.indexOf("Scorecard") + 1));
        for (JsonNode objective : shown.get("objectives")) {
            String key = objective.get("key").asText();
            assertTrue(key, lines.stream().anyMatch(line -> line.startsWith(key + " ")));
            assertTrue(key, csv.contains("," + key + ","));
        }
        for (String key : others) {
            assertFalse(key, lines.stream().anyMatch(line -> line.startsWith(key + " ")));
            assertFalse(key, csv.contains("," + key + ","));
        }
        assertEquals(
                400,
                api.rest.get("scorecard.pdf?cycle=2026-Q4&show=Not%20a%20key").status());
        assertEquals(
                "show",
                api.rest
                        .get("scorecard.csv?cycle=2026-Q4&show=Not%20a%20key")
                        .json()
                        .get("field")
                        .asText());
    }

    @Test
    public void anUndefinedProgressReadsAsADashWithItsReason() throws IOException {
        String text = text(api.rest.download("scorecard.pdf?cycle=2026-Q4").body());

        String line = lineStarting(text, "KR-71 ");
        assertTrue(line, line.contains(" \u2014 "));
        assertTrue(text, text.contains("No progress: no linked work"));
    }

    @Test
    public void objectivesTheViewerMayNotBrowseAreCountedNeverNamed() throws IOException {
        api.actAsMember(false, "O-1", "KR-1");
        JsonNode scorecard = api.rest.get("scorecard?cycle=2026-Q4").json();

        String text = text(api.rest.download("scorecard.pdf?cycle=2026-Q4").body());

        assertEquals(3, scorecard.get("hiddenObjectives").asInt());
        assertTrue(text, text.contains("3 more objectives that you cannot see"));
        assertTrue(text, text.contains("O-1") && text.contains("KR-1"));
        for (String hidden : List.of("O-2", "OKR-7", "DEV-3", "KR-2", "KR-3", "KR-70", "KR-71", GERMAN, "Bold")) {
            assertFalse(hidden + " in\n" + text, text.contains(hidden));
        }
    }

    @Test
    public void germanAndJapaneseTextComesBackFromTheEmbeddedFontsAndMarkupStaysText() throws IOException {
        byte[] pdf = api.rest.download("scorecard.pdf?cycle=2026-Q4").body();

        String text = text(pdf);
        assertTrue(text, text.contains(GERMAN));
        assertTrue(text, text.contains(JAPANESE));
        assertTrue(text, text.contains(MARKUP));
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.getName() + " is not embedded", font.isEmbedded());
                    fonts.add(font.getName());
                }
            }
        }
        assertTrue(fonts.toString(), fonts.stream().anyMatch(name -> name.contains("DejaVuSans")));
        assertTrue(fonts.toString(), fonts.stream().anyMatch(name -> name.contains("NotoSansJP")));
    }

    @Test
    public void theFirstPageRendersAsAnImage() throws IOException {
        byte[] pdf = api.rest.download("scorecard.pdf?cycle=2026-Q4").body();

        Path png = Path.of("target/screenshots/pdf-report-page-1.png");
        Files.createDirectories(png.getParent());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", png.toFile());
            assertTrue(document.getNumberOfPages() >= 3);
            assertTrue("page 1 is blank", inkedShare(page) > 0.01);
        }
    }

    @Test
    public void theScopeOfTheQueryNarrowsThePdfAsItNarrowsTheScorecard() throws IOException {
        String text = text(api.rest
                .download("scorecard.pdf?cycle=2026-Q4&project=OKR&project=DEV&perspective=customer")
                .body());

        assertTrue(text, text.contains("Scope: Projects: OKR, DEV, perspective Customer"));
        assertTrue(text, text.contains(GERMAN));
        assertFalse(text, lines(text).stream().anyMatch(line -> line.startsWith("O-1 ")));
        assertFalse("DEV-3 is in internal processes", text.contains("DEV-3 " + MARKUP));
    }

    @Test
    public void theCallersJiraLanguageWritesTheDaysAndTimes() throws IOException {
        api.locale = Locale.GERMAN;

        String text = text(api.rest.download("scorecard.pdf?cycle=2026-Q4").body());

        DateTimeFormatter german =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN);
        assertTrue(text, text.contains(german.format(LocalDate.of(2026, 10, 1))));
        assertFalse(text, text.contains("Oct 1, 2026"));
    }

    @Test
    public void badParametersAreRejectedNamingTheField() {
        BadInput.assertEachRejected(
                List.of(
                        new String[] {"cycle=not%20a%20cycle", "cycle"},
                        new String[] {"project=okr", "project"},
                        new String[] {"perspective=No%20Such", "perspective"},
                        new String[] {"filter=abc", "filter"},
                        new String[] {"filter=-4", "filter"}),
                query -> api.rest.get("scorecard.pdf?" + query));
    }

    @Test
    public void anonymousCallersAreRefusedAndOutsidersSeeNoObjective() throws IOException {
        api.personas.actAs(Persona.ANONYMOUS);
        assertEquals(401, api.rest.download("scorecard.pdf?cycle=2026-Q4").status());

        api.personas.actAs(Persona.OUTSIDER);
        String text = text(api.rest.download("scorecard.pdf?cycle=2026-Q4").body());
        assertTrue(text, text.contains("4 more objectives that you cannot see"));
        assertFalse(
                text, Pattern.compile("\\b(O|KR|OKR|DEV)-[0-9]").matcher(text).find());
    }

    /** The text of a PDF, line by line in reading order. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\\R"));
    }

    private static String lineStarting(String text, String start) {
        return lines(text).stream()
                .filter(line -> line.startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + start + " in\n" + text));
    }

    /** The first piece of text starting with {@code word} after the line that matches {@code heading}. */
    private static String lineAfter(String text, String heading, String word) {
        Matcher at = Pattern.compile("(?m)" + heading).matcher(text);
        assertTrue("no " + heading + " in\n" + text, at.find());
        Matcher fact = Pattern.compile(word + " (\\S+)").matcher(text);
        assertTrue(fact.find(at.end()));
        return word + " " + fact.group(1);
    }

    /** As the gadget shows a share of the REST answer: whole percent, or a dash when undefined. */
    private static String percent(JsonNode share) {
        return share.isNull() ? "\u2014" : Math.round(share.asDouble() * 100) + "%";
    }

    private static List<JsonNode> objectives(JsonNode scorecard) {
        List<JsonNode> objectives = new ArrayList<>();
        scorecard
                .get("perspectives")
                .forEach(perspective -> perspective.get("objectives").forEach(objectives::add));
        scorecard.get("unassigned").forEach(objectives::add);
        return objectives;
    }

    private static List<String> keys(List<JsonNode> objectives) {
        return objectives.stream()
                .map(objective -> objective.get("key").asText())
                .toList();
    }

    private static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inked++;
                }
            }
        }
        return inked / (image.getWidth() * image.getHeight() / 4.0);
    }
}
