package io.okrscorecard.web;

import static io.okrscorecard.core.KeyResults.metric;
import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.rest.ApiFixture;
import io.okrscorecard.rest.RestServer.Answer;
import io.okrscorecard.sandbox.web.IssuePage;
import io.okrscorecard.sandbox.web.PluginResources;
import io.okrscorecard.sandbox.web.PluginTexts;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The issue panel in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped where they are
 * not installed) against the app's real REST API. One 127.0.0.1 server per test serves the API ({@link ApiFixture}:
 * every resource over the sample OKRs, store on H2) and, on the same origin, the stand-in for Jira's issue view
 * ({@link IssuePage}: the real condition, context provider, template and model, the head getting the resources of the
 * issue view's web-resource context from atlassian-plugin.xml, served by {@link PluginResources}). The browser acts as
 * the persona the test chooses (the administrator by default). Screenshots: target/screenshots/panel-*.png.
 */
public class PanelBrowserTest {
    private static final String XSS_SUMMARY = "<img src=x onerror=window.__xss=1>";
    private static final String XSS_COMMENT = "</script><script>window.__xss=2</script><b>bold?</b>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("panel", 1200, 1100);

    private static PluginResources resources;
    private static PluginTexts texts;

    private final ChromeDriver driver = CHROMIUM.driver();
    private ApiFixture api;

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest(() -> api);

    @BeforeClass
    public static void loadTheResources() {
        resources = PluginResources.fromClasspath();
        texts = PluginTexts.load();
    }

    /** The API over the sample OKRs plus {@code moreJira}, with the issue view and the resources on its origin. */
    private void serve(Consumer<InMemoryOkr.FakeJira> moreJira) {
        api = new ApiFixture(moreJira);
        FixtureIssues.recordIssueTypes(api.hostObjects());
        IssuePage page =
                new IssuePage(resources, texts, api.hostObjects(), api.settings(), new FixtureIssues(api.okr, "KR-9"));
        api.rest.serve(IssuePage.PATH, page::serve);
        api.rest.serve(PluginResources.DOWNLOAD_PATH, exchange -> resources.serve(exchange, texts));
    }

    private void serve() {
        serve(jira -> {});
    }

    private IssuePanel open(String key) {
        return IssuePanel.open(driver, api.rest.origin(), key);
    }

    @Test
    public void aWorkKeyResultShowsItsProgressAndExplanationAsTheApiReturnsThem() throws IOException {
        serve();
        JsonNode kr1 = api.rest.get("keyresults/KR-1").json();

        IssuePanel panel = open("KR-1");

        assertEquals(kr1.get("progress").asDouble(), panel.progressShare(), 0);
        assertEquals(percent(kr1.get("progress").asDouble()), panel.progress());
        assertEquals(kr1.get("status").asText(), panel.status());
        assertEquals(text("okr.panel.status." + kr1.get("status").asText()), panel.statusText());
        assertEquals(kr1.get("objective").asText(), panel.objectiveKey());
        JsonNode work = kr1.get("work");
        Map<String, String> facts = panel.facts();
        assertEquals(
                format(
                        "okr.panel.work.done",
                        count(work, "done"),
                        work.get("countedItems").asInt()),
                facts.get("done"));
        assertEquals("2 of 4 issues done", facts.get("done"));
        assertEquals(format("okr.panel.work.in-progress", count(work, "indeterminate")), facts.get("in-progress"));
        assertEquals(
                format(
                        "okr.panel.work.shared",
                        work.get("sharedTotal").asInt(),
                        work.get("shared").get(0).get("alsoIn").get(0).asText()),
                facts.get("shared"));
        assertEquals("1 shared with KR-3", facts.get("shared"));
        assertEquals(text("okr.panel.work.policy." + work.get("policyUsed").asText()), facts.get("policy"));
        assertFalse("no excluded items, no line for them", facts.containsKey("excluded"));
        assertFalse("WORK key results take no value check-ins", panel.hasCheckInForm());
        assertEquals(List.of(), panel.checkIns());
        CHROMIUM.screenshot("panel-work-key-result");
    }

    @Test
    public void theSearchLinksOfAKeyResultAndAnObjectiveRunTheAppsJqlFunctions() throws IOException {
        serve();
        String keyResultJql =
                api.rest.get("keyresults/KR-1").json().get("searchJql").asText();
        String objectiveJql =
                api.rest.get("objectives/O-1").json().get("searchJql").asText();

        open("KR-1");
        WebElement keyResultSearch = driver.findElement(By.cssSelector(".okr-panel-search a"));
        assertEquals("issue in keyResultWork(\"KR-1\", \"withExcluded\") ORDER BY key", keyResultJql);
        assertEquals(keyResultJql, keyResultSearch.getAttribute("data-okr-search"));
        String href = keyResultSearch.getAttribute("href");
        assertTrue(href, href.contains("/issues/?jql="));
        assertEquals(keyResultJql, URLDecoder.decode(href.substring(href.indexOf("jql=") + 4), StandardCharsets.UTF_8));
        assertEquals(text("okr.panel.search"), keyResultSearch.getText());

        open("O-1");
        WebElement objectiveSearch = driver.findElement(By.cssSelector(".okr-panel-search a"));
        assertEquals("issue in objectiveWork(\"O-1\") ORDER BY key", objectiveJql);
        assertEquals(objectiveJql, objectiveSearch.getAttribute("data-okr-search"));
    }

    @Test
    public void anObjectiveShowsItsKeyResultsWithTheApisNumbers() throws IOException {
        serve();
        JsonNode o1 = api.rest.get("objectives/O-1").json();

        IssuePanel panel = open("O-1");

        assertEquals(percent(o1.get("progress").asDouble()), panel.progress());
        assertEquals(o1.get("status").asText(), panel.status());
        List<IssuePanel.KeyResultRow> rows = panel.keyResults();
        assertEquals(o1.get("keyResults").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode kr = o1.get("keyResults").get(i);
            assertEquals(kr.get("key").asText(), rows.get(i).key());
            assertEquals(kr.get("summary").asText(), rows.get(i).summary());
            assertEquals(percent(kr.get("progress").asDouble()), rows.get(i).progress());
            assertEquals(kr.get("status").asText(), rows.get(i).status());
            assertEquals("/browse/" + kr.get("key").asText(), rows.get(i).href());
            assertEquals(
                    "the check-in due mark as the API says",
                    kr.at("/checkInDue/since").textValue(),
                    panel.keyResultDueSince(kr.get("key").asText()));
        }
        assertEquals("KR-2 is never checked in", "2026-10-08", panel.keyResultDueSince("KR-2"));
        CHROMIUM.screenshot("panel-objective");
    }

    @Test
    public void anEditorRecordsACheckInAsJsonAndThePanelAndItsObjectiveShowTheNewNumbers() throws IOException {
        serve();
        api.actAsMember(true, "O-1", "KR-1", "KR-2");
        double objectiveBefore =
                api.rest.get("objectives/O-1").json().get("progress").asDouble();
        IssuePanel panel = open("KR-2");
        assertEquals("0%", panel.progress());
        assertEquals(
                "never checked in: due a week after the cycle's start",
                api.rest.get("keyresults/KR-2").json().at("/checkInDue/since").asText(),
                panel.checkInDueSince());
        assertEquals("2026-10-08", panel.checkInDueSince());
        assertTrue(panel.checkInDueText(), panel.checkInDueText().startsWith(format("okr.panel.check-in-due", "")));
        assertEquals(format("okr.panel.metric.current", "10"), panel.facts().get("current"));
        assertEquals(text("okr.panel.metric.configured"), panel.facts().get("configured"));
        assertTrue("a METRIC key result the member may edit", panel.hasCheckInForm());
        CHROMIUM.screenshot("panel-metric-form");
        panel.recordRequests();

        panel.recordCheckIn("15", "AT_RISK", "Halfway there");

        List<Map<String, Object>> posts = panel.requests("POST");
        assertEquals(posts.toString(), 1, posts.size());
        assertTrue(posts.get(0).get("url").toString().endsWith("/rest/okr-scorecard/1.0/keyresults/KR-2/checkins"));
        assertEquals("application/json", posts.get(0).get("contentType"));
        assertEquals(
                JSON.readTree("{\"value\":15,\"confidence\":\"AT_RISK\",\"comment\":\"Halfway there\"}"),
                JSON.readTree(posts.get(0).get("body").toString()));
        JsonNode kr2 = api.rest.get("keyresults/KR-2").json();
        assertEquals(0.5, kr2.get("progress").asDouble(), 0);
        assertEquals(percent(kr2.get("progress").asDouble()), panel.progress());
        assertEquals(format("okr.panel.metric.current", "15"), panel.facts().get("current"));
        assertFalse("the value now comes from a check-in", panel.facts().containsKey("configured"));
        assertNull("checked in today", panel.checkInDueSince());
        assertTrue(api.rest.get("keyresults/KR-2").json().get("checkInDue").isNull());
        assertEquals(text("okr.panel.form.saved"), panel.announcement());
        List<IssuePanel.CheckInRow> checkIns = panel.checkIns();
        assertEquals(1, checkIns.size());
        assertEquals(
                new IssuePanel.CheckInRow(
                        "AT_RISK", "15", "Halfway there", checkIns.get(0).meta()),
                checkIns.get(0));
        assertTrue("by the member's display name", checkIns.get(0).meta().startsWith("Mia Member, "));
        assertFalse("never by the user key", checkIns.get(0).meta().contains("JIRAUSER"));
        JsonNode o1 = api.rest.get("objectives/O-1").json();
        assertEquals(0.5, o1.get("keyResults").get(1).get("progress").asDouble(), 0);
        assertTrue(
                objectiveBefore + " -> " + o1.get("progress"),
                o1.get("progress").asDouble() > objectiveBefore);
        assertEquals("", panel.field("checkIn.value").getDomProperty("value"));
        CHROMIUM.screenshot("panel-check-in-recorded");

        IssuePanel objective = open("O-1");
        assertEquals(percent(o1.get("progress").asDouble()), objective.progress());
        assertEquals("50%", objective.keyResults().get(1).progress());
    }

    @Test
    public void aValueThatIsNotANumberShowsTheServersMessageAtTheFieldAndWritesNothing() throws IOException {
        serve();
        JsonNode before = api.rest.get("keyresults/KR-2").json();
        IssuePanel panel = open("KR-2");
        panel.recordRequests();

        panel.submitCheckIn("twelve", "ON_TRACK", "");

        WebElement error = panel.errorAt("checkIn.value");
        String sent = panel.requests("POST").get(0).get("body").toString();
        Answer server = api.rest.postJson("keyresults/KR-2/checkins", sent);
        assertEquals(400, server.status());
        assertEquals("checkIn.value", server.json().get("field").asText());
        assertEquals(server.json().get("message").asText(), error.getText());
        WebElement value = panel.field("checkIn.value");
        assertEquals("true", value.getDomAttribute("aria-invalid"));
        assertTrue(value.getDomAttribute("aria-describedby").contains(error.getDomAttribute("id")));
        assertEquals("the typed value stays for correction", "twelve", value.getDomProperty("value"));
        CHROMIUM.screenshot("panel-bad-value");

        panel.submitCheckIn("12", null, "");
        WebElement confidenceError = panel.errorAt("checkIn.confidence");
        assertEquals(
                api.rest
                        .postJson("keyresults/KR-2/checkins", "{\"value\":12,\"confidence\":null}")
                        .json()
                        .get("message")
                        .asText(),
                confidenceError.getText());
        assertTrue("the earlier error is gone", panel.field("checkIn.value").getDomAttribute("aria-invalid") == null);

        assertEquals(
                "nothing written",
                0,
                api.rest.get("keyresults/KR-2/checkins").json().size());
        assertEquals(before, api.rest.get("keyresults/KR-2").json());
        assertEquals(List.of(), panel.checkIns());
    }

    @Test
    public void aViewerWhoMayNotEditTheKeyResultSeesItsNumbersButNoForm() throws IOException {
        serve();
        api.actAsMember(false, "O-1", "KR-2");
        assertFalse(api.rest.get("keyresults/KR-2").json().get("canCheckIn").asBoolean());

        IssuePanel panel = open("KR-2");

        assertEquals("0%", panel.progress());
        assertFalse(panel.hasCheckInForm());
        assertTrue(driver.findElements(By.cssSelector("[data-okr-panel] input, [data-okr-panel] textarea"))
                .isEmpty());
        assertEquals(
                text("okr.panel.check-ins.none"),
                panel.root()
                        .findElement(By.cssSelector(".okr-panel-check-ins .okr-panel-empty"))
                        .getText());
        CHROMIUM.screenshot("panel-viewer");
    }

    @Test
    public void aCheckInTheServerRefusesIsShownAsAMessageAndTheFormStays() throws IOException {
        serve();
        api.actAsMember(true, "O-1", "KR-2");
        IssuePanel panel = open("KR-2");
        api.actAsMember(false, "KR-2");

        panel.submitCheckIn("12", "ON_TRACK", "edit permission was removed meanwhile");

        assertEquals(text("okr.panel.error.forbidden"), panel.formMessage().getText());
        assertTrue(panel.hasCheckInForm());
        assertEquals(0, api.rest.get("keyresults/KR-2/checkins").json().size());
        CHROMIUM.screenshot("panel-forbidden");
    }

    @Test
    public void hostileSummariesCommentsAndAuthorNamesShowAsTextAndRunNoScript() throws IOException {
        serve(jira -> jira.objective(objective("O-7")
                .summary(XSS_SUMMARY)
                .in("customer")
                .with(metric("KR-7").summary(XSS_SUMMARY + " KR").from(0).to(10).unit("<i>pts</i>"))
                .build()));

        api.renameAdministrator(XSS_SUMMARY);
        IssuePanel panel = open("KR-7");
        assertEquals(XSS_SUMMARY, panel.objectiveSummary());
        panel.recordCheckIn("4", "ON_TRACK", XSS_COMMENT);
        assertEquals(XSS_COMMENT, panel.checkIns().get(0).comment());
        assertTrue(
                panel.checkIns().get(0).meta(), panel.checkIns().get(0).meta().startsWith(XSS_SUMMARY + ", "));
        assertEquals(
                XSS_COMMENT,
                api.rest
                        .get("keyresults/KR-7/checkins")
                        .json()
                        .get(0)
                        .get("comment")
                        .asText());
        assertEquals("4 <i>pts</i>", panel.checkIns().get(0).value());
        assertEquals(
                XSS_SUMMARY + " KR", driver.findElement(By.id("summary-val")).getText());
        assertNoScriptRan();
        CHROMIUM.screenshot("panel-xss-key-result");

        IssuePanel objective = open("O-7");
        assertEquals(XSS_SUMMARY + " KR", objective.keyResults().get(0).summary());
        assertNoScriptRan();
        CHROMIUM.screenshot("panel-xss-objective");
    }

    @Test
    public void anUndefinedProgressIsADashWithItsReasonNeverZero() throws IOException {
        serve(jira -> jira.objective(
                objective("O-5").in("learning-growth").with(work("KR-5")).build()));
        JsonNode kr5 = api.rest.get("keyresults/KR-5").json();
        assertTrue(kr5.get("progress").isNull());

        IssuePanel panel = open("KR-5");

        String reason = text("okr.panel.undefined." + kr5.get("undefinedReason").asText());
        assertEquals(text("okr.panel.progress.none"), panel.progress());
        assertEquals(reason, panel.progressTooltip());
        assertNull(panel.progressShare());
        assertEquals(reason, panel.facts().get("undefined"));
        assertFalse(panel.root().getText().contains("0%"));
        WebElement dash = panel.root().findElement(By.cssSelector(".okr-panel-headline [data-okr-progress]"));
        assertEquals(format("okr.panel.progress.undefined", reason), dash.getDomAttribute("aria-label"));
        assertEquals("0", dash.getDomAttribute("tabindex"));
        CHROMIUM.screenshot("panel-undefined");

        IssuePanel objective = open("O-5");
        assertEquals(text("okr.panel.progress.none"), objective.progress());
        assertEquals(
                text("okr.panel.progress.none"), objective.keyResults().get(0).progress());
        assertEquals("NONE", objective.status());
    }

    @Test
    public void theCheckInFormWorksWithTheKeyboardAlone() throws IOException {
        serve();
        IssuePanel panel = open("KR-2");
        WebElement value = panel.field("checkIn.value");
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", value);

        new Actions(driver)
                .sendKeys("18")
                .sendKeys(Keys.TAB)
                .sendKeys(Keys.ARROW_DOWN)
                .sendKeys(Keys.TAB)
                .sendKeys("typed, not clicked")
                .sendKeys(Keys.TAB)
                .perform();
        int before = panel.loads();
        assertEquals(
                "the submit button has the focus",
                "submit",
                driver.switchTo().activeElement().getDomAttribute("type"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        panel.waitForReloadAfter(before);

        JsonNode recorded = api.rest.get("keyresults/KR-2/checkins").json().get(0);
        assertEquals(18.0, recorded.get("value").asDouble(), 0);
        assertEquals("ON_TRACK", recorded.get("confidence").asText());
        assertEquals("typed, not clicked", recorded.get("comment").asText());
        assertEquals("80%", panel.progress());
    }

    @Test
    public void aKeyResultThatMeasuresNoObjectiveSaysWhyAndOffersToTryAgain() throws IOException {
        serve();
        String message = api.rest.get("keyresults/KR-9").json().get("message").asText();

        IssuePanel panel = open("KR-9");

        assertEquals(format("okr.panel.error.not-found", message), panel.loadError());
        WebElement retry = panel.root().findElement(By.cssSelector(".okr-panel-message-error button"));
        assertEquals(text("okr.panel.retry"), retry.getText());
        CHROMIUM.screenshot("panel-not-found");
    }

    @Test
    public void aStoryShowsTheKeyResultItCountsForAndNoPanelWhereTheAdminTurnedTheWorkItemPanelOff() {
        serve();

        driver.get(api.rest.origin() + IssuePage.PATH + "S-1");

        assertEquals("Story S-1", driver.findElement(By.id("summary-val")).getText());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-okr-panel='WORK_ITEM'][data-okr-loaded]")));
        WebElement line = driver.findElement(By.cssSelector("[data-okr-key-result='KR-1']"));
        assertEquals("COUNTED", line.getDomAttribute("data-okr-way"));
        assertTrue(line.getText(), line.getText().contains("E-1"));

        api.settings().saveAppSettings(api.settings().appSettings().withWorkPanelOffProjects(Set.of("S")));
        driver.get(api.rest.origin() + IssuePage.PATH + "S-1");

        assertEquals("Story S-1", driver.findElement(By.id("summary-val")).getText());
        assertFalse(IssuePanel.onPageOf(driver).isShown());
        assertTrue(driver.findElements(By.id("okr-issue-panel")).isEmpty());
    }

    // ---------- helpers ----------

    private void assertNoScriptRan() {
        // an <img src=x> parsed from the data would have failed to load by the time this probe's own one has
        Object xss = ((JavascriptExecutor) driver)
                .executeAsyncScript("var done = arguments[arguments.length - 1]; var probe = new Image();"
                        + " probe.onerror = probe.onload = function () { done(String(window.__xss)); };"
                        + " probe.src = 'x-probe';");
        assertEquals("undefined", xss);
        assertEquals(
                0L,
                ((JavascriptExecutor) driver)
                        .executeScript("return document.querySelectorAll('[data-okr-panel] img, [data-okr-panel] b,"
                                + " [data-okr-panel] i, [data-okr-panel] script, #summary-val img').length;"));
    }

    private static int count(JsonNode work, String category) {
        for (JsonNode total : work.get("categories")) {
            if (category.equals(total.get("category").asText())) {
                return total.get("count").asInt();
            }
        }
        return 0;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String text(String key) {
        return texts.text(key);
    }

    /** The text with {0}, {1}, … replaced, as the panel's script formats it. */
    private static String format(String key, Object... values) {
        String result = text(key);
        for (int i = 0; i < values.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return result;
    }
}
