package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.sandbox.server.DemoSandbox;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.PluginTexts;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard item's "Compare with previous cycle" toggle in headless Chromium against the real sandbox (the demo
 * organisation on a day of its running cycle 2026-Q4, whose previous cycle 2026-Q3 is finished): the deltas it shows
 * next to the scorecard's, each perspective's and each objective's progress are those of {@code GET
 * /scorecard/compare} for the two cycles, in the quadrant and in the list view. Screenshots:
 * target/screenshots/compare-*.png.
 */
public class CompareToggleBrowserTest {
    private static final String PREVIOUS = "2026-Q3";
    private static final String RUNNING = "2026-Q4";

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("compare", 1280, 1800);

    private final ChromeDriver driver = CHROMIUM.driver();
    private final PluginTexts texts = DEMO.sandbox().texts();
    private GadgetPage gadget;
    private WebDriverWait wait;

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    @Before
    public void openTheDashboardAsTheAdministrator() {
        DEMO.actAs(driver, Persona.ADMIN);
        CHROMIUM.js().executeScript("window.localStorage.clear();");
        gadget = new GadgetPage(driver, DEMO.origin());
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Test
    public void theToggleShowsTheChangeSinceThePreviousCycleInTheQuadrant() throws IOException {
        JsonNode cycles = DEMO.api("cycles");
        assertEquals(
                List.of(PREVIOUS, RUNNING),
                List.of(cycles.at("/0/id").asText(), cycles.at("/1/id").asText()));
        JsonNode comparison = DEMO.api("scorecard/compare?from=" + PREVIOUS + "&to=" + RUNNING);
        gadget.open();
        assertTrue("nothing compared before the toggle is on", deltas().isEmpty());

        switchOn();
        CHROMIUM.screenshot("compare-toggle");

        checkDeltas(comparison);
        assertTrue(
                "the demo's previous and running cycles share their perspectives: each shows a change",
                comparison.get("perspectives").findValues("change").stream().anyMatch(JsonNode::isNumber));
        WebElement toggle = toggle();
        toggle.click();
        wait.until(d -> deltas().isEmpty());
    }

    @Test
    public void theListViewShowsTheSameDeltas() throws IOException {
        JsonNode comparison = DEMO.api("scorecard/compare?from=" + PREVIOUS + "&to=" + RUNNING);
        gadget.openWith(Map.of("layout", "list"), 0);

        switchOn();
        CHROMIUM.screenshot("compare-toggle-list");

        checkDeltas(comparison);
    }

    @Test
    public void aCycleWithoutAPreviousOneOffersNoToggle() {
        gadget.openWith(Map.of("cycle", PREVIOUS), 0);
        // the item marks which previous cycle it found once it read the list of cycles: none here
        wait.until(d -> gadget.root().getDomAttribute("data-compare-previous") != null);
        assertEquals("", gadget.root().getDomAttribute("data-compare-previous"));
        assertTrue(gadget.root()
                .findElements(By.cssSelector(".okr-compare-toggle"))
                .isEmpty());
    }

    private void switchOn() {
        wait.until(d -> !gadget.root()
                .findElements(By.cssSelector(".okr-compare-toggle"))
                .isEmpty());
        assertEquals(texts.text("okr.compare.toggle"), toggle().getText().trim());
        assertTrue(toggle().getDomAttribute("title").contains(PREVIOUS));
        toggle().findElement(By.tagName("input")).click();
        wait.until(d -> PREVIOUS.equals(gadget.root().getDomAttribute("data-compared-with")));
    }

    /** Every delta on the page is the one the REST API answers, with the previous cycle's value in its tooltip. */
    private void checkDeltas(JsonNode comparison) {
        checkDelta("scorecard", comparison.get("scorecard"), root().findElement(By.cssSelector("[data-overall]")));
        int perspectives = 0;
        for (JsonNode perspective : comparison.get("perspectives")) {
            List<WebElement> shown = root().findElements(By.cssSelector(".okr-gadget-panel[data-perspective='"
                    + perspective.get("key").asText() + "'], .okr-gadget-group[data-perspective='"
                    + perspective.get("key").asText() + "']"));
            for (WebElement holder : shown) {
                checkDelta(perspective.get("key").asText(), perspective, holder);
                perspectives++;
            }
        }
        assertEquals(4, perspectives);
        int objectives = 0;
        for (JsonNode objective : comparison.get("objectives")) {
            List<WebElement> shown = root().findElements(By.cssSelector(".okr-gadget-objective[data-objective='"
                    + objective.get("key").asText() + "']"));
            for (WebElement holder : shown) {
                checkDelta(objective.get("key").asText(), objective, holder);
                objectives++;
            }
        }
        assertEquals(
                "every objective of the running cycle has a delta",
                root().findElements(By.cssSelector(".okr-gadget-objective[data-objective]"))
                        .size(),
                objectives);
        assertTrue(objectives > 0);
    }

    private void checkDelta(String what, JsonNode change, SearchContext holder) {
        WebElement delta = holder.findElement(By.cssSelector(".okr-compare-delta"));
        assertEquals(what, expectedText(change), delta.getText());
        String title = delta.getDomAttribute("title");
        JsonNode before = change.get("from");
        if (before.isNull()) {
            assertEquals(what, texts.text("okr.compare.before.absent").replace("{0}", PREVIOUS), title);
        } else if (before.get("progress").isNumber()) {
            assertTrue(
                    what + ": " + title,
                    title.startsWith(
                            PREVIOUS + ": " + Math.round(before.get("progress").asDouble() * 100) + "%"));
        } else {
            assertTrue(what + ": " + title, title.startsWith(PREVIOUS + ": "));
        }
    }

    /** What the item shows for a change: "▲ +12 pp", "▼ −5 pp", "no change", "—". */
    private String expectedText(JsonNode change) {
        if (!change.get("change").isNumber()) {
            return texts.text("okr.compare.none");
        }
        long points = Math.round(change.get("change").asDouble());
        if (points == 0) {
            return texts.text("okr.compare.same");
        }
        return points > 0
                ? texts.text("okr.compare.up").replace("{0}", Long.toString(points))
                : texts.text("okr.compare.down").replace("{0}", Long.toString(-points));
    }

    private List<WebElement> deltas() {
        return root().findElements(By.cssSelector(".okr-compare-delta"));
    }

    private WebElement toggle() {
        return root().findElement(By.cssSelector(".okr-compare-toggle"));
    }

    private WebElement root() {
        return gadget.root();
    }
}
