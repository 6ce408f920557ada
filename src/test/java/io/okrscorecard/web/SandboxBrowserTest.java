package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.sandbox.server.DemoSandbox;
import io.okrscorecard.sandbox.server.Sandbox;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.AdminPage;
import io.okrscorecard.web.GadgetPage.Edge;
import io.okrscorecard.web.GadgetPage.Shown;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped where they are not
 * installed) against the real sandbox ({@link Sandbox}: the demo organisation, the real REST API and store, the
 * stand-ins for Jira's dashboard, issue view and admin page), started once for the class on a free port of 127.0.0.1
 * in a temporary data folder, at a fixed time in the demo's running cycle (2026-Q4). The browser acts as the sandbox's
 * administrator (its persona cookie). Every test compares what the pages show with what the REST API answers at that
 * moment, so the changes one test makes (a check-in, a renamed perspective) do not disturb the others. Screenshots:
 * target/screenshots/sandbox-*.png.
 */
public class SandboxBrowserTest {
    private static final String DASH = "\u2014";
    private static final String API = "/rest/okr-scorecard/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("sandbox", 1280, 1800);

    private static Map<String, String> texts;

    private final ChromeDriver driver = CHROMIUM.driver();
    private GadgetPage gadget;
    private WebDriverWait wait;

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    @BeforeClass
    public static void readTheTexts() {
        texts = DEMO.sandbox().texts().withPrefixes(List.of("okr.gadget.", "okr.admin.", "okr.panel."));
    }

    @Before
    public void actAsTheAdministrator() {
        // the sandbox's own user switch sets the persona cookie; the gadget's stored preferences start empty
        DEMO.actAs(driver, Persona.ADMIN);
        CHROMIUM.js().executeScript("window.localStorage.clear();");
        gadget = new GadgetPage(driver, DEMO.origin());
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Test
    public void theExportMenuDownloadsTheDemoScorecardAsCsvAndAsPdf() throws IOException {
        gadget.open();

        List<WebElement> items = gadget.openExportMenu();
        CHROMIUM.screenshot("sandbox-export-menu");

        Map<String, Object> csv = gadget.download(items.get(0), false);
        assertEquals(200L, csv.get("status"));
        assertTrue(
                String.valueOf(csv.get("type")), String.valueOf(csv.get("type")).startsWith("text/csv"));
        String firstObjective =
                DEMO.api("scorecard").at("/perspectives/0/objectives/0/key").asText();
        assertTrue(String.valueOf(csv.get("body")).contains("," + firstObjective + ","));
        Map<String, Object> pdf = gadget.download(items.get(1), true);
        assertEquals(200L, pdf.get("status"));
        assertEquals("application/pdf", pdf.get("type"));
        assertEquals("%PDF-", pdf.get("body"));
        assertTrue(
                String.valueOf(pdf.get("disposition")),
                String.valueOf(pdf.get("disposition")).matches("attachment; filename=\"okr-scorecard-[^\"/]+\\.pdf\""));
    }

    @Test
    public void quadrantShowsTheDemoScorecardWithTheNumbersAndStatusesOfTheScorecardApi() throws IOException {
        JsonNode scorecard = DEMO.api("scorecard");

        gadget.open();
        CHROMIUM.screenshot("sandbox-quadrant");

        assertEquals("quadrant", gadget.layout());
        List<String> keys = new ArrayList<>();
        scorecard.get("perspectives").forEach(p -> keys.add(p.get("key").asText()));
        if (!scorecard.get("unassigned").isEmpty()) {
            keys.add("");
        }
        assertEquals(keys, gadget.perspectiveKeys());
        assertShows("scorecard", scorecard, gadget.overall());
        int undefined = 0;
        for (JsonNode perspective : scorecard.get("perspectives")) {
            String key = perspective.get("key").asText();
            assertEquals(perspective.get("name").asText(), gadget.perspectiveName(key));
            assertShows(key, perspective, gadget.perspectiveValue(key));
            undefined += checkObjectives(key, perspective.get("objectives"));
        }
        undefined += checkObjectives("", scorecard.get("unassigned"));
        assertTrue("the demo's objective without linked work shows a dash", undefined >= 1);

        JsonNode dataLiteracy = objectiveBySummary(scorecard, "Build a data-literate organisation");
        assertTrue(dataLiteracy.get("progress").isNull());
        Shown shown = gadget.objectiveValue(dataLiteracy.get("key").asText());
        assertEquals(DASH, shown.value());
        assertEquals("NONE", shown.status());
    }

    @Test
    public void checkInRecordedInTheIssuePanelShowsOnTheDashboardAfterRefreshAndReload() throws IOException {
        JsonNode before = DEMO.api("scorecard");
        JsonNode satisfactionBefore = objectiveBySummary(before, "Improve customer satisfaction");
        String objectiveKey = satisfactionBefore.get("key").asText();
        JsonNode npsBefore = keyResultWhere(satisfactionBefore, "METRIC", "Raise NPS");
        String nps = npsBefore.get("key").asText();
        JsonNode metric = DEMO.api("keyresults/" + nps).get("metric");
        assertNotNull("a metric key result: " + npsBefore, metric);
        assertFalse(metric.get("lowerIsBetter").asBoolean());
        double current = metric.get("current").asDouble();
        double target = metric.get("target").asDouble();
        assertTrue("the demo's NPS is below its target", current < target);
        // most of the way from the current value to the target: a change the rounded percentages show
        String value = Long.toString(Math.round(Math.floor(current + (target - current) * 0.8)));

        gadget.open();
        gadget.expandObjective(objectiveKey);
        assertShows(objectiveKey, satisfactionBefore, gadget.objectiveValue(objectiveKey));
        assertShows(nps, npsBefore, gadget.keyResultValue(nps));
        assertEquals(
                "the gadget marks a due check-in as the API does",
                npsBefore.at("/checkInDue/since").textValue(),
                checkInDueMark(nps));

        IssuePanel panel = IssuePanel.open(driver, DEMO.origin(), nps);
        assertTrue("the administrator may check in", panel.hasCheckInForm());
        panel.recordCheckIn(value, "ON_TRACK", "Recorded in the browser test");
        CHROMIUM.screenshot("sandbox-check-in");
        List<IssuePanel.CheckInRow> checkIns = panel.checkIns();
        String administrator = DEMO.sandbox().texts().text(Persona.ADMIN.textKey());
        assertTrue(checkIns.get(0).meta(), checkIns.get(0).meta().startsWith(administrator + ", "));
        assertTrue(
                "the demo's check-ins are by the objective's owner, by name: "
                        + checkIns.get(1).meta(),
                checkIns.get(1)
                        .meta()
                        .startsWith(satisfactionBefore.get("ownerName").asText() + ", "));
        assertFalse(panel.root().getText(), panel.root().getText().contains("JIRAUSER"));

        JsonNode after = DEMO.api("scorecard");
        JsonNode satisfactionAfter = objectiveByKey(after, objectiveKey);
        JsonNode npsAfter = keyResultByKey(satisfactionAfter, nps);
        assertEquals(
                Double.parseDouble(value),
                DEMO.api("keyresults/" + nps + "/checkins").get(0).get("value").asDouble(),
                0.0);
        assertEquals(npsAfter.get("progress").asDouble(), panel.progressShare(), 1e-9);
        assertNotEquals(
                percent(npsBefore.get("progress").asDouble()),
                percent(npsAfter.get("progress").asDouble()));
        assertNotEquals(
                percent(satisfactionBefore.get("progress").asDouble()),
                percent(satisfactionAfter.get("progress").asDouble()));

        // back to the dashboard: its refresh button reads the new numbers
        gadget.open();
        gadget.refresh();
        gadget.expandObjective(objectiveKey);
        assertShows(objectiveKey, satisfactionAfter, gadget.objectiveValue(objectiveKey));
        assertShows(nps, npsAfter, gadget.keyResultValue(nps));
        assertNotEquals(
                percent(npsBefore.get("progress").asDouble()),
                gadget.keyResultValue(nps).value());
        assertTrue(
                "checked in today: no check-in is due",
                npsAfter.get("checkInDue").isNull());
        assertNull(checkInDueMark(nps));
        CHROMIUM.screenshot("sandbox-after-check-in");

        // and a reload of the whole page shows the same
        driver.navigate().refresh();
        gadget.waitUntilDrawn();
        gadget.expandObjective(objectiveKey);
        assertShows(objectiveKey, satisfactionAfter, gadget.objectiveValue(objectiveKey));
        assertShows(nps, npsAfter, gadget.keyResultValue(nps));
        String perspectiveKey = perspectiveOf(after, objectiveKey).get("key").asText();
        assertShows(perspectiveKey, perspectiveOf(after, objectiveKey), gadget.perspectiveValue(perspectiveKey));
        assertShows("scorecard", after, gadget.overall());
    }

    @Test
    public void perspectiveRenamedOnTheAdminPageShowsItsNewNameOnTheDashboard() throws IOException {
        JsonNode perspectives = DEMO.api("admin/perspectives");
        String key = perspectives.get(1).get("key").asText();
        String renamed = "Customers & Markets";
        assertNotEquals(renamed, perspectives.get(1).get("name").asText());

        driver.get(DEMO.origin() + AdminPage.PATH);
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#okr-admin-perspectives input[data-field='perspectives[1].name']")));
        name.clear();
        name.sendKeys(renamed);
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='okr-admin-perspectives']//button[normalize-space(.)='"
                                + texts.get("okr.admin.save") + "']")))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("okr-admin-status"), texts.get("okr.admin.saved")));
        CHROMIUM.screenshot("sandbox-admin-renamed");
        assertEquals(renamed, DEMO.api("admin/perspectives").get(1).get("name").asText());

        gadget.open();
        CHROMIUM.screenshot("sandbox-renamed-on-dashboard");

        assertEquals(renamed, gadget.perspectiveName(key));
        JsonNode scorecard = DEMO.api("scorecard");
        for (JsonNode perspective : scorecard.get("perspectives")) {
            assertEquals(
                    perspective.get("name").asText(),
                    gadget.perspectiveName(perspective.get("key").asText()));
        }
    }

    @Test
    public void strategyMapShowsEveryObjectiveAndCauseLinkOfTheStrategyMapApi() throws IOException {
        JsonNode map = DEMO.api("strategy-map");

        gadget.openWith(Map.of("layout", "map"), 0);
        CHROMIUM.screenshot("sandbox-strategy-map");

        assertEquals("map", gadget.layout());
        StrategyMapAnswer answer = StrategyMapAnswer.of(map);
        assertTrue("the demo has at least twelve objectives", answer.nodes().size() >= 12);
        assertEquals(answer.lanes(), gadget.mapLanesTopToBottom());
        assertEquals(answer.nodes(), gadget.mapNodes());
        assertTrue("the demo has cause links", answer.edges().size() >= 3);
        List<Edge> drawn = gadget.mapEdges();
        assertEquals(answer.edges(), new HashSet<>(drawn));
        assertEquals(answer.edges().size(), drawn.size());
        for (String key : answer.nodes().keySet()) {
            assertEquals(
                    Sandbox.ISSUE_PATH + key,
                    gadget.map()
                            .findElement(By.cssSelector(".okr-map-node[data-key='" + key + "']"))
                            .getDomAttribute("href"));
        }
    }

    @Test
    public void objectiveWithSupportingObjectivesShowsTheirShareAndItsAlignmentTreeFromTheScorecardApi()
            throws IOException {
        JsonNode scorecard = DEMO.api("scorecard");
        JsonNode parent = null;
        for (JsonNode perspective : scorecard.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                if (!objective.get("support").isNull()
                        && !objective.get("support").get("supporting").isEmpty()) {
                    parent = objective;
                }
            }
        }
        assertTrue("the demo has an objective with a supporting objective", parent != null);
        JsonNode support = parent.get("support");
        String key = parent.get("key").asText();

        gadget.open();
        gadget.expandObjective(key);
        CHROMIUM.screenshot("sandbox-supporting-objectives");

        List<String> shown = gadget.supportShown(key);
        assertEquals(
                texts.get("okr.gadget.objective.support.share")
                        .replace("{0}", percent(support.get("fromSupporting").asDouble()))
                        .replace(
                                "{1}", percent(support.get("supportingProgress").asDouble()))
                        .replace("{2}", percent(support.get("ownProgress").asDouble())),
                shown.get(0));
        List<String> supporting = new ArrayList<>();
        support.get("supporting").forEach(child -> supporting.add(child.asText()));
        assertTrue(
                shown + " lists " + supporting, shown.subList(1, shown.size()).containsAll(supporting));
        assertShows(key, parent, gadget.objectiveValue(key));

        JsonNode detail = DEMO.api("objectives/" + key);
        assertEquals(
                "the panel's objective has the scorecard's number", parent.get("progress"), detail.get("progress"));
        IssuePanel panel = IssuePanel.open(driver, DEMO.origin(), key);
        CHROMIUM.screenshot("sandbox-panel-supporting-objectives");
        List<String> inPanel = panel.supporting();
        assertEquals(
                texts.get("okr.panel.supporting.share")
                        .replace(
                                "{0}",
                                percent(detail.at("/support/fromSupporting").asDouble()))
                        .replace(
                                "{1}",
                                percent(detail.at("/support/supportingProgress").asDouble()))
                        .replace(
                                "{2}", percent(detail.at("/support/ownProgress").asDouble())),
                inPanel.get(0));
        assertEquals(supporting, inPanel.subList(1, inPanel.size()));
    }

    // ---------- checks ----------

    /** Checks the objectives of a perspective as the gadget lists them; how many values were undefined. */
    private int checkObjectives(String perspectiveKey, JsonNode objectives) {
        if (objectives.isEmpty()) {
            return 0;
        }
        List<String> keys = new ArrayList<>();
        objectives.forEach(objective -> keys.add(objective.get("key").asText()));
        assertEquals(keys, gadget.objectiveKeys(perspectiveKey));
        int undefined = 0;
        for (JsonNode objective : objectives) {
            String key = objective.get("key").asText();
            assertEquals(objective.get("summary").asText(), gadget.objectiveSummary(key));
            assertTrue(objective.toString(), objective.get("owner").asText().startsWith("JIRAUSER"));
            assertEquals(
                    "the owner by display name",
                    texts.get("okr.gadget.objective.owner")
                            .replace("{0}", objective.get("ownerName").asText()),
                    gadget.objectiveOwner(key));
            undefined += assertShows(key, objective, gadget.objectiveValue(key));
        }
        return undefined;
    }

    /** The value and status shown equal the subject's in the API; 1 when the value is undefined. */
    private static int assertShows(String what, JsonNode subject, Shown shown) {
        JsonNode progress = subject.get("progress");
        if (progress.isNull()) {
            assertEquals(what + " is undefined: a dash, never 0%", DASH, shown.value());
            assertEquals(
                    what,
                    texts.get("okr.gadget.undefined.label")
                            .replace(
                                    "{0}",
                                    texts.get("okr.gadget.reason."
                                            + subject.get("undefinedReason").asText())),
                    shown.undefinedTitle());
        } else {
            assertEquals(what, percent(progress.asDouble()), shown.value());
            assertNull(what, shown.undefinedTitle());
        }
        assertEquals(what, subject.get("status").asText(), shown.status());
        assertEquals(
                what, texts.get("okr.gadget.status." + subject.get("status").asText()), shown.statusText());
        return progress.isNull() ? 1 : 0;
    }

    private static String percent(double share) {
        return texts.get("okr.gadget.percent").replace("{0}", Long.toString(Math.round(share * 100)));
    }

    /** The day the gadget's "check-in due" mark of a key result says, null without the mark. */
    private String checkInDueMark(String keyResult) {
        List<WebElement> marks = gadget.root()
                .findElements(By.cssSelector("[data-key-result='" + keyResult + "'] .okr-gadget-check-in-due"));
        return marks.isEmpty() ? null : marks.get(0).getDomAttribute("data-due-since");
    }

    private static List<JsonNode> objectives(JsonNode scorecard) {
        List<JsonNode> all = new ArrayList<>();
        scorecard.get("perspectives").forEach(p -> p.get("objectives").forEach(all::add));
        scorecard.get("unassigned").forEach(all::add);
        return all;
    }

    private static JsonNode objectiveBySummary(JsonNode scorecard, String summary) {
        return objectives(scorecard).stream()
                .filter(o -> o.get("summary").asText().equals(summary))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no objective " + summary));
    }

    private static JsonNode objectiveByKey(JsonNode scorecard, String key) {
        return objectives(scorecard).stream()
                .filter(o -> o.get("key").asText().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no objective " + key));
    }

    private static JsonNode perspectiveOf(JsonNode scorecard, String objectiveKey) {
        for (JsonNode perspective : scorecard.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                if (objective.get("key").asText().equals(objectiveKey)) {
                    return perspective;
                }
            }
        }
        throw new AssertionError("no perspective holds " + objectiveKey);
    }

    private static JsonNode keyResultWhere(JsonNode objective, String kind, String summaryStart) {
        for (JsonNode kr : objective.get("keyResults")) {
            if (kind.equals(kr.get("kind").asText())
                    && kr.get("summary").asText().startsWith(summaryStart)) {
                return kr;
            }
        }
        throw new AssertionError("no " + kind + " key result " + summaryStart + " in " + objective);
    }

    private static JsonNode keyResultByKey(JsonNode objective, String key) {
        for (JsonNode kr : objective.get("keyResults")) {
            if (kr.get("key").asText().equals(key)) {
                return kr;
            }
        }
        throw new AssertionError("no key result " + key);
    }

    @Test
    public void aClosedCycleShowsWhenItWasClosedAndTheNumbersItWasClosedWith() throws IOException {
        String previous = DEMO.api("cycles").get(0).get("id").asText();
        assertEquals("IN_REVIEW", DEMO.api("cycles/" + previous).get("state").asText());
        JsonNode before = DEMO.api("scorecard?cycle=" + previous);
        DEMO.api("POST", "cycles/" + previous + "/close", "{\"reason\":\"quarterly review\"}");
        try {
            gadget.openWith(Map.of("cycle", previous), 0);
            CHROMIUM.screenshot("sandbox-closed-cycle");

            WebElement closed = gadget.root().findElement(By.cssSelector(".okr-gadget-closed"));
            JsonNode after = DEMO.api("scorecard?cycle=" + previous);
            assertEquals(after.get("frozenAt").asText(), closed.getAttribute("data-frozen-at"));
            String text = closed.getAttribute("textContent");
            assertTrue(
                    text,
                    text.startsWith(texts.get("okr.gadget.cycle.closed")
                            .replace("{0}", "")
                            .strip()));
            assertShows("scorecard", before, gadget.overall());
        } finally {
            DEMO.api("POST", "cycles/" + previous + "/reopen", "{\"reason\":\"keep the demo open\"}");
        }
    }
}
