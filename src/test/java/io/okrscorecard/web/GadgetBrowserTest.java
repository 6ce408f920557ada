package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.rest.ApiFixture;
import io.okrscorecard.sandbox.web.DashboardPage;
import io.okrscorecard.sandbox.web.PluginResources;
import io.okrscorecard.sandbox.web.PluginTexts;
import io.okrscorecard.web.GadgetPage.Shown;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The scorecard dashboard item in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped where
 * they are not installed) on the sandbox's stand-in dashboard ({@link DashboardPage}: the descriptor's
 * {@code <dashboard-item>} mounted with a stand-in of Jira's dashboard item API, the atl.dashboard web-resources served
 * by {@link PluginResources} with the jsI18n stand-in), against the app's real REST API over {@link GadgetScorecards}
 * on H2, all on one 127.0.0.1 origin. What the item shows is compared with what the API answers. Screenshots:
 * target/screenshots/gadget-*.png.
 */
public class GadgetBrowserTest {
    private static final String DASH = "\u2014";

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("gadget", 1200, 1500);

    private static PluginResources resources;
    private static DashboardPage dashboard;
    private static Map<String, String> texts;

    private final ChromeDriver driver = CHROMIUM.driver();
    private ApiFixture api;
    private GadgetPage page;

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest(() -> api);

    @BeforeClass
    public static void loadTheDashboard() {
        resources = PluginResources.fromClasspath();
        dashboard = new DashboardPage(resources, PluginTexts.load());
        texts = PluginTexts.load().withPrefixes(List.of("okr.gadget."));
    }

    @Test
    public void quadrantShowsEveryPerspectiveWithTheNumbersAndStatusesOfTheScorecardApi() throws IOException {
        serve(GadgetScorecards.balancedScorecard());
        JsonNode scorecard = api.rest.get("scorecard").json();

        page.open();
        CHROMIUM.screenshot("gadget-quadrant");

        List<String> keys = new ArrayList<>();
        scorecard
                .get("perspectives")
                .forEach(perspective -> keys.add(perspective.get("key").asText()));
        keys.add("");
        assertEquals("perspectives in order, then the unassigned objectives", keys, page.perspectiveKeys());
        assertShows("scorecard", scorecard, page.overall());
        assertEquals(
                scorecard.get("computedAt").asText(),
                page.root()
                        .findElement(By.cssSelector("time.okr-gadget-computed-at"))
                        .getDomAttribute("datetime"));
        assertEquals(
                text(
                        "okr.gadget.title.cycle",
                        texts.get("okr.gadget.title"),
                        scorecard.at("/cycle/name").asText()),
                page.frameTitle());
        assertTrue(
                "a perspective's trend has points of several days",
                scorecard.at("/perspectives/0/trend").size() > 1);
        int undefinedShown = 0;
        for (JsonNode perspective : scorecard.get("perspectives")) {
            String key = perspective.get("key").asText();
            assertEquals(perspective.get("name").asText(), page.perspectiveName(key));
            assertEquals(
                    "in the perspective's colour",
                    rgb(perspective.get("colour").asText()),
                    CHROMIUM.js()
                            .executeScript(
                                    "return getComputedStyle(arguments[0]).borderTopColor;",
                                    page.root()
                                            .findElement(By.cssSelector("section[data-perspective='" + key + "']"))));
            assertShows(key, perspective, page.perspectiveValue(key));
            assertEquals(
                    sparklineLabel(perspective.get("trend")), sparkline(key).getDomAttribute("aria-label"));
            undefinedShown += checkObjectives(key, perspective.get("objectives"));
        }
        undefinedShown += checkObjectives("", scorecard.get("unassigned"));
        assertTrue("undefined objectives and key results are shown as a dash", undefinedShown >= 2);
        assertTrue(
                "some key result of the sample is check-in due, so that its mark is checked",
                scorecard.findValues("checkInDue").stream().anyMatch(JsonNode::isObject));
    }

    @Test
    public void expandingAnObjectiveAndAKeyResultShowsTheExplanationOfTheKeyResultApi() throws IOException {
        serve(GadgetScorecards.balancedScorecard());
        page.open();

        assertEquals(keyResultKeys("O-3"), page.expandObjective("O-3"));
        WebElement toggle = page.root().findElement(By.cssSelector("[data-key-result='KR-5'] .okr-gadget-toggle"));
        toggle.sendKeys(Keys.ENTER);
        page.waitForExplanation("KR-5");
        assertEquals("opened with the keyboard", "true", toggle.getDomAttribute("aria-expanded"));

        JsonNode kr5 = api.rest.get("keyresults/KR-5").json();
        JsonNode work = kr5.get("work");
        assertEquals(1, work.get("excluded").size());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(
                "done",
                List.of(text(
                        "okr.gadget.explain.done.count",
                        category(work, "done").get("count"),
                        work.get("countedItems"))));
        expected.put(
                "in-progress",
                List.of(text(
                        "okr.gadget.explain.in-progress",
                        category(work, "indeterminate").get("count"),
                        percent(work.get("inProgressCredit").asDouble()))));
        expected.put(
                "excluded",
                List.of(text(
                        "okr.gadget.explain.excluded",
                        1,
                        work.at("/excluded/0/resolution").asText())));
        expected.put(
                "policy",
                List.of(texts.get(
                        "okr.gadget.explain.policy." + work.get("policyUsed").asText())));
        assertEquals(expected, page.explanationParts("KR-5"));

        JsonNode items = api.rest.get("keyresults/KR-5/work?start=0&max=200").json();
        Map<String, String> links = new LinkedHashMap<>();
        items.get("items")
                .forEach(item -> links.put(
                        item.get("key").asText(), "/browse/" + item.get("key").asText()));
        assertEquals(links, page.issueLinks("KR-5"));
        assertEquals(
                "issue in keyResultWork(\"KR-5\", \"withExcluded\") ORDER BY key", searchJql(page.searchLink("KR-5")));

        assertEquals(keyResultKeys("O-1"), page.expandObjective("O-1"));
        page.expandKeyResult("KR-1");
        JsonNode kr1 = api.rest.get("keyresults/KR-1").json();
        assertEquals(
                List.of(text(
                        "okr.gadget.explain.shared",
                        kr1.at("/work/sharedTotal").asInt(),
                        kr1.at("/work/shared/0/alsoIn/0").asText())),
                page.explanationParts("KR-1").get("shared"));
        assertEquals(
                List.of(text(
                        "okr.gadget.explain.done.count",
                        category(kr1.get("work"), "done").get("count"),
                        kr1.at("/work/countedItems"))),
                page.explanationParts("KR-1").get("done"));
        assertEquals(
                "issue in keyResultWork(\"KR-1\", \"withExcluded\") ORDER BY key", searchJql(page.searchLink("KR-1")));

        page.expandKeyResult("KR-2");
        JsonNode metric = api.rest.get("keyresults/KR-2").json().get("metric");
        String unit = metric.get("unit").asText();
        assertEquals(
                List.of(text(
                        "okr.gadget.explain.metric.range",
                        text("okr.gadget.explain.metric.value", whole(metric.get("start")), unit),
                        text("okr.gadget.explain.metric.value", whole(metric.get("target")), unit),
                        text("okr.gadget.explain.metric.value", whole(metric.get("current")), unit))),
                page.explanationParts("KR-2").get("range"));
        assertEquals(
                List.of(text(
                        "okr.gadget.explain.metric.attained",
                        percent(metric.get("attainment").asDouble()))),
                page.explanationParts("KR-2").get("attained"));

        screenshotAt("[data-objective='O-3']", "gadget-drill-down");

        page.expandObjective("O-4");
        page.expandKeyResult("KR-6");
        JsonNode kr6 = api.rest.get("keyresults/KR-6").json();
        assertTrue(kr6.get("progress").isNull());
        assertEquals(
                List.of(text(
                        "okr.gadget.explain.undefined",
                        reason(kr6.get("undefinedReason").asText()))),
                page.explanationParts("KR-6").get("undefined"));
        assertEquals(DASH, page.keyResultValue("KR-6").value());
        assertTrue(
                page.explanationText("KR-6"),
                page.explanationText("KR-6").contains(texts.get("okr.gadget.issues.none")));

        page.expandObjective("O-2");
        page.expandKeyResult("KR-4");
        JsonNode kr4 = api.rest.get("keyresults/KR-4").json();
        assertEquals(
                List.of(text(
                        "okr.gadget.explain.milestone",
                        texts.get("okr.gadget.category."
                                + kr4.at("/milestone/statusCategory").asText()))),
                page.explanationParts("KR-4").get("milestone"));
    }

    @Test
    public void strategyMapShowsEveryObjectiveAndCauseLinkOfTheStrategyMapApi() throws IOException {
        serve(GadgetScorecards.balancedScorecard());
        JsonNode map = api.rest.get("strategy-map").json();

        page.openWith(Map.of("layout", "map"), 0);

        StrategyMapAnswer answer = StrategyMapAnswer.of(map);
        assertEquals(List.of("financial", "customer", "internal-processes", "learning-growth", ""), answer.lanes());
        assertEquals("financial on top, learning and growth at the bottom", answer.lanes(), page.mapLanesTopToBottom());
        assertEquals(answer.nodes(), page.mapNodes());
        assertTrue("the sample has a cause cycle", answer.causeCycles() > 0);
        assertTrue("the sample has cause links", answer.edges().size() >= 4);
        assertEquals(answer.edges(), new HashSet<>(page.mapEdges()));
        assertEquals(answer.edges().size(), page.mapEdges().size());

        List<String> notes = new ArrayList<>();
        map.get("causeCycles").forEach(cycle -> {
            String path = null;
            List<String> keys = new ArrayList<>();
            cycle.forEach(key -> keys.add(key.asText()));
            keys.add(keys.get(0));
            for (String key : keys) {
                path = path == null ? key : text("okr.gadget.map.cycle.path", path, key);
            }
            notes.add(text("okr.gadget.map.cause-cycle", path));
        });
        assertEquals(notes, page.cycleNotes());
        assertEquals(
                "/browse/O-1",
                page.map()
                        .findElement(By.cssSelector(".okr-map-node[data-key='O-1']"))
                        .getDomAttribute("href"));
        CHROMIUM.screenshot("gadget-strategy-map");
    }

    @Test
    public void strategyMapIsReadableAt400PixelsWithoutOverflowingTheGadget() throws IOException {
        serve(GadgetScorecards.balancedScorecard());
        driver.manage().window().setSize(new Dimension(480, 1200));

        page.openWith(Map.of("layout", "map"), 400);

        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) CHROMIUM.js()
                .executeScript(
                        "var root = document.querySelector('.okr-gadget'); var svg = root.querySelector('svg.okr-gadget-map-svg');"
                                + " var r = root.getBoundingClientRect(); var s = svg.getBoundingClientRect();"
                                + " var frame = document.querySelector('.sandbox-gadget').getBoundingClientRect();"
                                + " var boxes = Array.prototype.map.call(svg.querySelectorAll('.okr-map-node'), function (n) {"
                                + "   var b = n.querySelector('.okr-map-node-box').getBoundingClientRect();"
                                + "   var t = n.querySelector('.okr-map-node-summary').getBoundingClientRect();"
                                + "   var k = n.querySelector('.okr-map-node-key').getBoundingClientRect();"
                                + "   return {left: b.left, right: b.right, top: b.top, bottom: b.bottom, textRight: t.right,"
                                + "     keyRight: k.right, font: parseFloat(getComputedStyle(n.querySelector('.okr-map-node-summary')).fontSize)}; });"
                                + " return {frameWidth: frame.width, rootRight: r.right, rootLeft: r.left,"
                                + "   rootScroll: root.scrollWidth, rootClient: root.clientWidth, svgLeft: s.left, svgRight: s.right,"
                                + "   pageScroll: document.documentElement.scrollWidth, pageClient: document.documentElement.clientWidth,"
                                + "   boxes: boxes};");
        assertTrue("the gadget is 400 px wide: " + layout, number(layout, "frameWidth") <= 400.5);
        assertTrue(
                "the map stays inside the gadget: " + layout,
                number(layout, "svgRight") <= number(layout, "rootRight") + 0.5);
        assertTrue(layout.toString(), number(layout, "svgLeft") >= number(layout, "rootLeft") - 0.5);
        assertTrue(
                "nothing scrolls sideways in the gadget", number(layout, "rootScroll") <= number(layout, "rootClient"));
        assertTrue("nor on the page", number(layout, "pageScroll") <= number(layout, "pageClient"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) layout.get("boxes");
        assertEquals(api.rest.get("strategy-map").json().findValues("key").size(), boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            Map<String, Object> box = boxes.get(i);
            assertTrue("a node's text fits its box: " + box, number(box, "textRight") <= number(box, "right"));
            assertTrue("a node's key fits its box: " + box, number(box, "keyRight") <= number(box, "right"));
            assertTrue("readable text: " + box, number(box, "font") >= 11);
            assertTrue("inside the map: " + box, number(box, "right") <= number(layout, "svgRight") + 0.5);
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse("nodes do not overlap: " + box + " " + boxes.get(j), overlap(box, boxes.get(j)));
            }
        }
        CHROMIUM.screenshot("gadget-400px");
    }

    @Test
    public void listLayoutShowsTheSameNumbersInATable() throws IOException {
        serve(GadgetScorecards.balancedScorecard());
        JsonNode scorecard = api.rest.get("scorecard").json();
        page.open().openSettings().chooseLayout("list").save();

        assertEquals("list", page.layout());
        assertEquals(
                1,
                page.root()
                        .findElements(By.cssSelector("table.okr-gadget-table"))
                        .size());
        for (JsonNode perspective : scorecard.get("perspectives")) {
            String key = perspective.get("key").asText();
            assertShows(key, perspective, page.perspectiveValue(key));
            List<String> objectives = new ArrayList<>();
            perspective.get("objectives").forEach(objective -> {
                objectives.add(objective.get("key").asText());
                assertShows(
                        objective.get("key").asText(),
                        objective,
                        page.objectiveValue(objective.get("key").asText()));
                assertEquals(
                        ownerShown(objective, false),
                        page.objectiveOwner(objective.get("key").asText()));
            });
            assertEquals(objectives, page.objectiveKeys(key));
        }
        assertEquals(keyResultKeys("O-1"), page.expandObjective("O-1"));
        page.expandKeyResult("KR-1");
        CHROMIUM.screenshot("gadget-list");
    }

    @Test
    public void savedSettingsChangeLayoutPerspectivesScopeAndTrends() throws IOException {
        serve(GadgetScorecards.balancedScorecard());
        page.open().openSettings();
        CHROMIUM.screenshot("gadget-settings");

        page.typeProjects("1X, o");
        assertEquals(text("okr.gadget.config.error.projects", "1X"), page.saveRefused());
        assertEquals("nothing saved", Map.of(), page.savedPreferences());

        page.typeProjects("o")
                .chooseLayout("list")
                .showPerspective("internal-processes", false)
                .showTrends(false)
                .save();

        Map<String, String> saved = page.savedPreferences();
        assertEquals("list", saved.get("layout"));
        assertEquals("internal-processes", saved.get("hiddenPerspectives"));
        assertEquals("projects", saved.get("scope"));
        assertEquals("O", saved.get("projects"));
        assertEquals("false", saved.get("trends"));
        assertEquals("list", page.layout());
        assertEquals(List.of("financial", "customer", "learning-growth", ""), page.perspectiveKeys());
        assertEquals(
                text("okr.gadget.scope.projects", "O"),
                page.root().findElement(By.cssSelector(".okr-gadget-scope")).getText());

        recordRequests();
        page.refresh();
        String read = requests().stream()
                .filter(url -> url.contains("/scorecard?"))
                .findFirst()
                .orElseThrow();
        assertTrue(read, read.contains("project=O") && read.contains("trendDays=0"));

        page.open();
        assertEquals("the settings stay after a reload", "list", page.layout());
        assertFalse(page.perspectiveKeys().contains("internal-processes"));

        page.openSettings();
        page.settings()
                .findElement(By.cssSelector("input[type=radio][value='filter']"))
                .click();
        WebElement filter = page.settings().findElement(By.cssSelector("input[name='filter']"));
        filter.sendKeys("10100");
        page.chooseLayout("quadrant").save();
        assertEquals("filter", page.savedPreferences().get("scope"));
        recordRequests();
        page.refresh();
        String filtered = requests().stream()
                .filter(url -> url.contains("/scorecard?"))
                .findFirst()
                .orElseThrow();
        assertTrue("the filter goes to the API as filter=<id>: " + filtered, filtered.contains("filter=10100"));
        assertFalse(filtered, filtered.contains("project="));
        assertEquals("quadrant", page.layout());
    }

    @Test
    public void hostileSummariesShowAsTextAndRunNoScript() throws IOException {
        serve(GadgetScorecards.hostileSummaries());
        page.open();

        assertEquals(GadgetScorecards.IMG_PAYLOAD, page.objectiveSummary("O-1"));
        assertEquals(GadgetScorecards.SCRIPT_PAYLOAD, page.objectiveSummary("O-2"));
        assertEquals(GadgetScorecards.LINK_PAYLOAD, page.objectiveSummary("O-3"));
        assertEquals(text("okr.gadget.objective.owner", GadgetScorecards.IMG_PAYLOAD), page.objectiveOwner("O-1"));
        assertEquals(text("okr.gadget.objective.owner", GadgetScorecards.SCRIPT_PAYLOAD), page.objectiveOwner("O-2"));
        page.expandObjective("O-1");
        assertEquals(GadgetScorecards.LINK_PAYLOAD, page.keyResultSummary("KR-1"));
        page.expandObjective("O-3");
        assertEquals(GadgetScorecards.SCRIPT_PAYLOAD, page.keyResultSummary("KR-5"));
        page.expandKeyResult("KR-1");
        assertNoScriptRan();
        CHROMIUM.screenshot("gadget-xss");

        page.openWith(Map.of("layout", "map"), 0);
        assertTrue(page.mapNodeTexts("O-1").get(0).contains(GadgetScorecards.IMG_PAYLOAD));
        assertTrue(page.mapNodeTexts("O-2").get(0).contains(GadgetScorecards.SCRIPT_PAYLOAD));
        assertTrue(page.mapNodeTexts("O-3").get(0).contains(GadgetScorecards.LINK_PAYLOAD));
        assertNoScriptRan();

        page.openWith(Map.of("layout", "list"), 0);
        assertEquals(GadgetScorecards.IMG_PAYLOAD, page.objectiveOwner("O-1"));
        assertEquals(GadgetScorecards.SCRIPT_PAYLOAD, page.objectiveOwner("O-2"));
        assertNoScriptRan();
    }

    @Test
    public void ownersAreShownByDisplayNameAndNeverByTheirJiraUserKeys() throws IOException {
        serve(GadgetScorecards.balancedScorecard());
        JsonNode o3 = objective(api.rest.get("scorecard").json(), "O-3");
        assertEquals(GadgetScorecards.JIRA_8_OWNER.key(), o3.get("owner").asText());

        page.open();
        assertEquals(
                text("okr.gadget.objective.owner", GadgetScorecards.JIRA_8_OWNER.displayName()),
                page.objectiveOwner("O-3"));
        assertEquals(texts.get("okr.gadget.objective.no-owner"), page.objectiveOwner("O-9"));
        page.expandObjective("O-3");
        assertFalse(page.root().getText(), page.root().getText().contains("JIRAUSER"));

        page.openWith(Map.of("layout", "list"), 0);
        assertEquals(GadgetScorecards.JIRA_8_OWNER.displayName(), page.objectiveOwner("O-3"));
        assertFalse(page.root().getText(), page.root().getText().contains("JIRAUSER"));
    }

    @Test
    public void refreshReadsTheNumbersAgainWithoutReloadingThePageAndKeepsTheDrillDownOpen() throws IOException {
        serve(GadgetScorecards.balancedScorecard());
        page.open();
        page.expandObjective("O-4");
        String before = page.keyResultValue("KR-7").value();
        CHROMIUM.js().executeScript("window.__samePage = 'yes';");

        api.recalculateOn(
                LocalDate.of(2026, 11, 16),
                jira -> jira.put(WorkItems.story("S-12").done().build()));
        JsonNode o4 = objective(api.rest.get("scorecard").json(), "O-4");
        page.refresh();

        assertEquals("yes", CHROMIUM.js().executeScript("return window.__samePage;"));
        assertTrue("the drill-down stays open", page.isExpanded("O-4"));
        assertShows("O-4", o4, page.objectiveValue("O-4"));
        JsonNode kr7 = o4.get("keyResults").get(1);
        assertEquals("KR-7", kr7.get("key").asText());
        assertShows("KR-7", kr7, page.keyResultValue("KR-7"));
        assertFalse(
                "KR-7 changed from " + before,
                before.equals(page.keyResultValue("KR-7").value()));
    }

    @Test
    public void anUnknownCycleShowsTheServersMessageAndATryAgainButton() {
        serve(GadgetScorecards.balancedScorecard());
        String message =
                api.rest.get("scorecard?cycle=2031-Q1").json().get("message").asText();

        page.openWith(Map.of("cycle", "2031-Q1"), 0);

        assertEquals(message, page.errorMessage());
        assertEquals(
                texts.get("okr.gadget.error.title"),
                page.root()
                        .findElement(By.cssSelector(".okr-gadget-message-title"))
                        .getText());
        WebElement retry = page.root().findElement(By.cssSelector(".okr-gadget-message button"));
        assertEquals(texts.get("okr.gadget.retry"), retry.getText());
        assertEquals(
                "alert",
                page.root().findElement(By.cssSelector(".okr-gadget-message")).getDomAttribute("role"));
    }

    // ---------- checks ----------

    /** Checks the objectives (and, opened, their key results) of a perspective; how many values were undefined. */
    private int checkObjectives(String perspectiveKey, JsonNode objectives) {
        int undefined = 0;
        List<String> keys = new ArrayList<>();
        objectives.forEach(objective -> keys.add(objective.get("key").asText()));
        assertEquals(keys, page.objectiveKeys(perspectiveKey));
        for (JsonNode objective : objectives) {
            String key = objective.get("key").asText();
            undefined += assertShows(key, objective, page.objectiveValue(key));
            assertEquals(objective.get("summary").asText(), page.objectiveSummary(key));
            assertEquals(ownerShown(objective, true), page.objectiveOwner(key));
            List<String> keyResults = new ArrayList<>();
            objective
                    .get("keyResults")
                    .forEach(kr -> keyResults.add(kr.get("key").asText()));
            assertEquals(keyResults, page.expandObjective(key));
            for (JsonNode keyResult : objective.get("keyResults")) {
                undefined += assertShows(
                        keyResult.get("key").asText(),
                        keyResult,
                        page.keyResultValue(keyResult.get("key").asText()));
                assertCheckInDueShown(keyResult);
            }
        }
        return undefined;
    }

    /** The "check-in due since" mark of a key result on its card, exactly when the API says a check-in is due. */
    private void assertCheckInDueShown(JsonNode keyResult) {
        List<WebElement> marks = page.root()
                .findElements(By.cssSelector(
                        "[data-key-result='" + keyResult.get("key").asText() + "'] .okr-gadget-check-in-due"));
        JsonNode due = keyResult.get("checkInDue");
        if (due.isNull()) {
            assertEquals(keyResult.get("key").asText() + " is not due", List.of(), marks);
            return;
        }
        assertEquals(1, marks.size());
        assertEquals(due.get("since").asText(), marks.get(0).getDomAttribute("data-due-since"));
        String prefix = texts.get("okr.gadget.kr.check-in-due").replace("{0}", "");
        assertTrue(marks.get(0).getText(), marks.get(0).getText().startsWith(prefix));
        assertTrue(marks.get(0).getText(), marks.get(0).getText().length() > prefix.length());
    }

    /**
     * What an objective's owner cell shows: "Owner: NAME" on a card ({@code labelled}) or the bare name in the list, by
     * the API's display name {@code ownerName}; "No owner" without one.
     */
    private String ownerShown(JsonNode objective, boolean labelled) {
        JsonNode name = objective.get("ownerName");
        if (name.isNull()) {
            assertTrue(objective.get("owner").isNull());
            return texts.get("okr.gadget.objective.no-owner");
        }
        return labelled ? text("okr.gadget.objective.owner", name.asText()) : name.asText();
    }

    /** The value and status shown equal the subject's in the API; 1 when the value is undefined. */
    private int assertShows(String what, JsonNode subject, Shown shown) {
        JsonNode progress = subject.get("progress");
        if (progress.isNull()) {
            assertEquals(what + " is undefined: a dash, never 0%", DASH, shown.value());
            assertEquals(
                    what,
                    text(
                            "okr.gadget.undefined.label",
                            reason(subject.get("undefinedReason").asText())),
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

    private void assertNoScriptRan() {
        // an <img src=x> parsed from a summary would have failed to load by the time this probe's own one has
        Object xss = CHROMIUM.js()
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; var probe = new Image();"
                                + " probe.onerror = probe.onload = function () { done(String(window.__xss)); }; probe.src = 'x';");
        assertEquals("undefined", xss);
        assertEquals(0L, CHROMIUM.js().executeScript("return document.querySelectorAll('.okr-gadget img').length;"));
        assertEquals(
                0L,
                CHROMIUM.js()
                        .executeScript(
                                "return Array.prototype.filter.call(document.querySelectorAll('a'),"
                                        + " function (a) { return /^\\s*javascript:/i.test(a.getAttribute('href') || ''); }).length;"));
        assertEquals(0L, CHROMIUM.js().executeScript("return document.querySelectorAll('.okr-gadget script').length;"));
    }

    // ---------- expected texts ----------

    /** A text of the bundle with its placeholders filled, as the gadget fills them. */
    private static String text(String key, Object... args) {
        String pattern = texts.get(key);
        assertNotNull("no text " + key, pattern);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof JsonNode node ? node.asText() : args[i];
            pattern = pattern.replace("{" + i + "}", String.valueOf(arg));
        }
        return pattern;
    }

    private static String percent(double share) {
        return text("okr.gadget.percent", Math.round(share * 100));
    }

    private static String reason(String code) {
        return texts.get("okr.gadget.reason." + code);
    }

    private static String whole(JsonNode number) {
        assertEquals(
                "the sample's metric values are whole numbers", Math.rint(number.asDouble()), number.asDouble(), 0);
        return Long.toString(Math.round(number.asDouble()));
    }

    private static String sparklineLabel(JsonNode trend) {
        List<JsonNode> defined = new ArrayList<>();
        trend.forEach(point -> {
            if (!point.get("progress").isNull()) {
                defined.add(point);
            }
        });
        return defined.isEmpty()
                ? texts.get("okr.gadget.trend.none")
                : text(
                        "okr.gadget.trend.label",
                        trend.size(),
                        percent(defined.get(0).get("progress").asDouble()),
                        percent(defined.get(defined.size() - 1).get("progress").asDouble()));
    }

    /** The JQL of a Jira issue-search link, which must lead to Jira's issue navigator. */
    private static String searchJql(String href) {
        assertTrue(href, href.startsWith("/issues/?jql="));
        return URLDecoder.decode(href.substring("/issues/?jql=".length()), StandardCharsets.UTF_8);
    }

    private static JsonNode category(JsonNode work, String name) {
        for (JsonNode category : work.get("categories")) {
            if (name.equals(category.get("category").asText())) {
                return category;
            }
        }
        throw new AssertionError("no category " + name + " in " + work);
    }

    private List<String> keyResultKeys(String objectiveKey) {
        List<String> keys = new ArrayList<>();
        objective(api.rest.get("scorecard").json(), objectiveKey)
                .get("keyResults")
                .forEach(kr -> keys.add(kr.get("key").asText()));
        return keys;
    }

    private static JsonNode objective(JsonNode scorecard, String key) {
        List<JsonNode> all = new ArrayList<>();
        scorecard
                .get("perspectives")
                .forEach(perspective -> perspective.get("objectives").forEach(all::add));
        scorecard.get("unassigned").forEach(all::add);
        return all.stream()
                .filter(objective -> key.equals(objective.get("key").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no objective " + key));
    }

    /** A #rrggbb colour as the browser reports a computed colour. */
    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (value >> 16) + ", " + ((value >> 8) & 0xff) + ", " + (value & 0xff) + ")";
    }

    private static double number(Map<String, Object> values, String name) {
        return ((Number) values.get(name)).doubleValue();
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return number(a, "left") < number(b, "right")
                && number(b, "left") < number(a, "right")
                && number(a, "top") < number(b, "bottom")
                && number(b, "top") < number(a, "bottom");
    }

    // ---------- driving the page ----------

    @Test
    public void theExportMenuOffersTheCsvAndThePdfOfExactlyWhatTheGadgetShows() throws IOException {
        serve(GadgetScorecards.balancedScorecard());
        List<String> hidden = new ArrayList<>();
        api.rest.get("scorecard").json().get("perspectives").forEach(perspective -> {
            if (!List.of("financial", "customer")
                    .contains(perspective.get("key").asText())) {
                hidden.add(perspective.get("key").asText());
            }
        });
        page.openWith(Map.of("cycle", "2026-Q4", "projects", "O", "hiddenPerspectives", String.join(",", hidden)), 0);
        WebElement trigger = page.root().findElement(By.cssSelector(".okr-gadget-export-trigger"));
        WebElement menu = page.root().findElement(By.cssSelector(".okr-gadget-export-menu"));
        assertFalse(menu.isDisplayed());
        assertEquals(texts.get("okr.gadget.export"), trigger.getText());

        trigger.click();
        CHROMIUM.screenshot("gadget-export-menu");

        assertTrue(menu.isDisplayed());
        assertEquals("true", trigger.getDomAttribute("aria-expanded"));
        List<WebElement> items = menu.findElements(By.cssSelector("[role='menuitem']"));
        assertEquals(
                List.of("csv", "pdf"),
                items.stream().map(item -> item.getDomAttribute("data-export")).toList());
        assertEquals(
                List.of(texts.get("okr.gadget.export.csv"), texts.get("okr.gadget.export.pdf")),
                items.stream().map(WebElement::getText).toList());
        String query = "?cycle=2026-Q4&project=O&show=financial&show=customer";
        assertEquals(
                "/rest/okr-scorecard/1.0/scorecard.csv" + query, items.get(0).getDomAttribute("href"));
        assertEquals(
                "/rest/okr-scorecard/1.0/scorecard.pdf" + query, items.get(1).getDomAttribute("href"));
        assertEquals(
                api.rest.get("scorecard.csv" + query).body(),
                page.download(items.get(0), false).get("body"));
        Map<String, Object> pdf = page.download(items.get(1), true);
        assertEquals(200L, pdf.get("status"));
        assertEquals("application/pdf", pdf.get("type"));
        assertEquals("attachment; filename=\"okr-scorecard-2026-Q4.pdf\"", pdf.get("disposition"));
        assertEquals("%PDF-", pdf.get("body"));

        items.get(0).sendKeys(Keys.ARROW_DOWN);
        assertEquals("pdf", CHROMIUM.js().executeScript("return document.activeElement.dataset.export;"));
        items.get(1).sendKeys(Keys.ESCAPE);
        assertFalse(menu.isDisplayed());
        assertEquals("false", trigger.getDomAttribute("aria-expanded"));
    }

    private void serve(ApiFixture fixture) {
        api = fixture;
        api.rest.serve(DashboardPage.PATH, dashboard::serve);
        api.rest.serve(PluginResources.DOWNLOAD_PATH, exchange -> resources.serve(exchange, PluginTexts.load()));
        page = new GadgetPage(driver, api.rest.origin());
    }

    private WebElement sparkline(String perspectiveKey) {
        return page.root()
                .findElement(
                        By.cssSelector("section[data-perspective='" + perspectiveKey + "'] svg.okr-gadget-sparkline"));
    }

    /** Wraps window.fetch to record the URLs the page reads. */
    private void recordRequests() {
        CHROMIUM.js()
                .executeScript("window.__okrRequests = []; var original = window.fetch;"
                        + " window.fetch = function (url) { window.__okrRequests.push(String(url));"
                        + " return original.apply(this, arguments); };");
    }

    @SuppressWarnings("unchecked")
    private List<String> requests() {
        return (List<String>) CHROMIUM.js().executeScript("return window.__okrRequests;");
    }

    private void screenshotAt(String selector, String name) throws IOException {
        CHROMIUM.js()
                .executeScript(
                        "document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); window.scrollBy(0, -12);",
                        selector);
        CHROMIUM.screenshot(name);
    }
}
