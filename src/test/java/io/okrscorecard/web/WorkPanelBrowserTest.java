package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.sandbox.server.DemoSandbox;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The issue panel of a work item end to end in headless Chromium against the real sandbox (the demo organisation, at a
 * fixed time in its running cycle), as the sandbox's administrator: a demo story shows the key result it counts for;
 * linked to another key result from the panel's picker, it is listed there, the key result's progress moves in the
 * API and on the dashboard gadget; unlinked, it goes away and the progress is back. Screenshots:
 * target/screenshots/work-panel-*.png.
 */
public class WorkPanelBrowserTest {
    private static final String API = "/rest/okr-scorecard/1.0/";

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("work-panel", 1280, 1600);

    private static Map<String, String> texts;

    private final ChromeDriver driver = CHROMIUM.driver();
    private WebDriverWait wait;

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    @BeforeClass
    public static void readTheTexts() {
        texts = DEMO.sandbox().texts().withPrefixes(List.of("okr.gadget.", "okr.panel."));
    }

    @Before
    public void actAsTheAdministrator() {
        DEMO.actAs(driver, Persona.ADMIN);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    public void aStoryLinkedToAnotherKeyResultFromThePanelMovesItOnTheGadgetAndUnlinkingTakesItBack()
            throws IOException {
        JsonNode scorecard = DEMO.api("scorecard");
        Choice choice = choose(scorecard);
        String story = choice.story();
        String target = choice.target();

        openPanel(story);
        CHROMIUM.screenshot("work-panel-before");
        assertTrue(
                "the story shows the key result it counts for",
                panel().findElements(By.cssSelector("[data-okr-key-result='" + choice.counting() + "']"))
                                .size()
                        == 1);
        assertTrue(panel().findElements(By.cssSelector("[data-okr-key-result='" + target + "']"))
                .isEmpty());

        // link it from the panel: the picker, searched by key, chosen with the keyboard
        panel().findElement(By.cssSelector(".okr-panel-work-link-open")).click();
        WebElement search =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".okr-panel-work-search")));
        assertEquals(
                "the search field takes the focus", search, driver.switchTo().activeElement());
        search.sendKeys(target);
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector(".okr-panel-work-results [role='option']:first-child"), "data-okr-choice", target));
        CHROMIUM.screenshot("work-panel-picker");
        search.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-okr-panel='WORK_ITEM'] [data-okr-key-result='" + target + "']")));
        CHROMIUM.screenshot("work-panel-linked");

        JsonNode linked = DEMO.api("issues/" + story + "/contributions");
        assertTrue(linked.toString(), keyResults(linked).contains(target));
        double after = progressOf(DEMO.api("scorecard"), target);
        assertNotEquals("the key result's stored progress moved", percent(choice.before()), percent(after));
        WebElement line = panel().findElement(By.cssSelector("[data-okr-key-result='" + target + "']"));
        assertEquals(
                percent(after),
                line.findElement(By.cssSelector("[data-okr-progress]")).getText());

        GadgetPage gadget = new GadgetPage(driver, DEMO.origin());
        gadget.open();
        gadget.expandObjective(choice.objective());
        assertEquals(percent(after), gadget.keyResultValue(target).value());
        CHROMIUM.screenshot("work-panel-gadget");

        // unlink it: the line goes, the number is back
        openPanel(story);
        WebElement unlink =
                panel().findElement(By.cssSelector("[data-okr-key-result='" + target + "'] .okr-panel-work-unlink"));
        unlink.click();
        wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("[data-okr-panel='WORK_ITEM'] [data-okr-key-result='" + target + "']"), 0));
        assertFalse(keyResults(DEMO.api("issues/" + story + "/contributions")).contains(target));
        assertEquals(choice.before(), progressOf(DEMO.api("scorecard"), target), 1e-9);
    }

    @Test
    public void anEpicOfTheDemoShowsTheKeyResultItServesAndThatItsChildrenCountInstead() throws IOException {
        String[] found = epicCountedThrough(DEMO.api("scorecard"));
        String epic = found[0];
        String keyResult = found[1];
        JsonNode contributions = DEMO.api("issues/" + epic + "/contributions");
        JsonNode line = null;
        for (JsonNode candidate : contributions.get("contributions")) {
            if (candidate.get("keyResult").asText().equals(keyResult)) {
                line = candidate;
            }
        }
        assertTrue(contributions.toString(), line != null);
        assertEquals("EXPANDED", line.get("way").asText());
        assertTrue(line.toString(), line.get("children").asInt() > 0);

        openPanel(epic);

        WebElement shown = panel().findElement(By.cssSelector("[data-okr-key-result='" + keyResult + "']"));
        assertEquals("EXPANDED", shown.getDomAttribute("data-okr-way"));
        assertTrue(
                shown.getText(),
                shown.findElement(By.cssSelector(".okr-panel-work-way"))
                        .getText()
                        .contains(line.get("children").asText()));
        assertEquals(
                percent(progressOf(DEMO.api("scorecard"), keyResult)),
                shown.findElement(By.cssSelector("[data-okr-progress]")).getText());
        CHROMIUM.screenshot("work-panel-epic");
    }

    /** An epic of the demo whose children a key result counts, found from a story counted through it. */
    private String[] epicCountedThrough(JsonNode scorecard) throws IOException {
        for (JsonNode objective : objectives(scorecard)) {
            for (JsonNode kr : objective.get("keyResults")) {
                if (!"WORK".equals(kr.get("kind").asText())) {
                    continue;
                }
                String key = kr.get("key").asText();
                for (JsonNode item :
                        DEMO.api("keyresults/" + key + "/work?max=50").get("items")) {
                    for (JsonNode line : DEMO.api("issues/" + item.get("key").asText() + "/contributions")
                            .get("contributions")) {
                        if (line.get("keyResult").asText().equals(key)
                                && List.of("COUNTED", "SHARED")
                                        .contains(line.get("way").asText())
                                && line.hasNonNull("through")) {
                            return new String[] {line.get("through").asText(), key};
                        }
                    }
                }
            }
        }
        throw new AssertionError("the demo has no story counted through its epic");
    }

    /** A done story counted by one key result, and another WORK key result whose rounded progress it would move. */
    private record Choice(String story, String counting, String target, String objective, double before) {}

    private Choice choose(JsonNode scorecard) throws IOException {
        List<JsonNode[]> works = new ArrayList<>();
        for (JsonNode objective : objectives(scorecard)) {
            for (JsonNode kr : objective.get("keyResults")) {
                if ("WORK".equals(kr.get("kind").asText())
                        && !kr.get("progress").isNull()) {
                    works.add(new JsonNode[] {objective, kr});
                }
            }
        }
        for (JsonNode[] counting : works) {
            String countingKey = counting[1].get("key").asText();
            for (JsonNode item :
                    DEMO.api("keyresults/" + countingKey + "/work?max=1000").get("items")) {
                if (!"done".equals(item.get("statusCategory").asText())
                        || !"STANDARD".equals(item.get("kind").asText())) {
                    continue;
                }
                String story = item.get("key").asText();
                Set<String> already = keyResults(DEMO.api("issues/" + story + "/contributions"));
                for (JsonNode[] other : works) {
                    String target = other[1].get("key").asText();
                    if (already.contains(target)) {
                        continue;
                    }
                    JsonNode work = DEMO.api("keyresults/" + target).get("work");
                    double numerator = work.get("numerator").asDouble();
                    double denominator = work.get("denominator").asDouble();
                    double before = other[1].get("progress").asDouble();
                    double predicted = (numerator + 1) / (denominator + 1);
                    if ("COUNT".equals(work.get("policyUsed").asText())
                            && Math.abs(Math.round(predicted * 100) - Math.round(before * 100)) >= 2) {
                        return new Choice(
                                story, countingKey, target, other[0].get("key").asText(), before);
                    }
                }
                break;
            }
        }
        throw new AssertionError("the demo has no done story and key result to link it to");
    }

    private void openPanel(String key) {
        driver.get(DEMO.origin() + "/browse/" + key);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-okr-panel='WORK_ITEM'][data-okr-loaded]")));
    }

    private WebElement panel() {
        return driver.findElement(By.cssSelector("[data-okr-panel='WORK_ITEM']"));
    }

    private static Set<String> keyResults(JsonNode contributions) {
        Set<String> keys = new HashSet<>();
        contributions
                .get("contributions")
                .forEach(line -> keys.add(line.get("keyResult").asText()));
        return keys;
    }

    private static double progressOf(JsonNode scorecard, String keyResult) {
        for (JsonNode objective : objectives(scorecard)) {
            for (JsonNode kr : objective.get("keyResults")) {
                if (kr.get("key").asText().equals(keyResult)) {
                    return kr.get("progress").asDouble();
                }
            }
        }
        throw new AssertionError("no key result " + keyResult + " under " + API + "scorecard");
    }

    private static List<JsonNode> objectives(JsonNode scorecard) {
        List<JsonNode> all = new ArrayList<>();
        scorecard.get("perspectives").forEach(p -> p.get("objectives").forEach(all::add));
        scorecard.get("unassigned").forEach(all::add);
        return all;
    }

    private static String percent(double share) {
        return texts.get("okr.gadget.percent").replace("{0}", Long.toString(Math.round(share * 100)));
    }
}
