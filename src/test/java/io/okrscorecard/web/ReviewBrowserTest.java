package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.sandbox.server.DemoSandbox;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.NotificationsPage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The review page in headless Chromium against the real sandbox (skipped without Chromium), on a day of the demo's
 * running cycle: its previous cycle 2026-Q3 is finished, in review. The administrator grades a key result and sees its
 * objective's grade change to what the REST API answers, and writes a retrospective that is kept as text. Screenshot:
 * target/screenshots/review-view.png.
 */
public class ReviewBrowserTest {
    private static final String CYCLE = "2026-Q3";

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("review", 1280, 2200);

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    private final ChromeDriver driver = CHROMIUM.driver();

    @Test
    public void gradingAKeyResultChangesItsObjectivesGradeAndARetrospectiveIsKeptAsText() throws IOException {
        Map<String, String> texts = DEMO.sandbox().texts().withPrefixes(List.of("okr.review."));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        DEMO.actAs(driver, Persona.ADMIN);
        driver.get(DEMO.origin() + NotificationsPage.REVIEW_PATH + "?cycle=" + CYCLE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#okr-review-state[data-state]")));
        assertEquals("IN_REVIEW", driver.findElement(By.id("okr-review-state")).getDomAttribute("data-state"));
        assertEquals(
                texts.get("okr.review.state.in_review"),
                driver.findElement(By.id("okr-review-state")).getDomProperty("textContent"));

        // the first objective with a key result the administrator may grade
        WebElement card =
                driver.findElement(By.xpath("(//article[.//input[contains(@class,'okr-review-grade-input')]])[1]"));
        String objective = card.getDomAttribute("data-objective");
        WebElement row = card.findElement(By.cssSelector("tr.okr-review-kr"));
        String keyResult = row.getDomAttribute("data-key-result");
        String gradeBefore = objectiveGrade(objective);
        String current =
                row.findElement(By.cssSelector(".okr-review-grade-input")).getDomProperty("value");
        String next = "1.00".equals(current) ? "0.1" : "1";

        WebElement input = row.findElement(By.cssSelector(".okr-review-grade-input"));
        input.clear();
        input.sendKeys(next);
        row.findElement(By.cssSelector(".okr-review-grade-comment")).sendKeys("graded in the browser test");
        row.findElement(By.cssSelector(".okr-review-grade-save")).click();
        wait.until(ExpectedConditions.textToBe(
                By.id("okr-review-status"), texts.get("okr.review.grade.saved").replace("{0}", keyResult)));

        JsonNode answered = objectiveNode(DEMO.api("cycles/" + CYCLE + "/review"), objective);
        String expected =
                String.format(Locale.ROOT, "%.2f", answered.get("grade").asDouble());
        assertEquals(expected, objectiveGrade(objective));
        assertNotEquals("the objective's grade changed", gradeBefore, objectiveGrade(objective));
        WebElement graded = driver.findElement(By.cssSelector("tr[data-key-result='" + keyResult + "']"));
        assertEquals(
                String.format(Locale.ROOT, "%.2f", Double.parseDouble(next)),
                graded.findElement(By.cssSelector(".okr-review-kr-grade [data-grade]"))
                        .getDomAttribute("data-grade"));

        String learned = "<b>Vendors</b> need a buffer & a plan B";
        WebElement retro = driver.findElement(By.cssSelector("article[data-objective='" + objective + "']"));
        retro.findElement(By.cssSelector(".okr-review-retro-learned")).sendKeys(learned);
        retro.findElement(By.cssSelector(".okr-review-retro-change")).sendKeys("Weekly demos");
        retro.findElement(By.cssSelector(".okr-review-retro-save")).click();
        wait.until(ExpectedConditions.textToBe(
                By.id("okr-review-status"), texts.get("okr.review.retro.saved").replace("{0}", objective)));

        WebElement written = driver.findElement(By.cssSelector("article[data-objective='" + objective + "']"));
        assertEquals(
                learned,
                written.findElement(By.cssSelector(".okr-review-retro-learned")).getDomProperty("value"));
        assertTrue(
                "no markup from the text", written.findElements(By.tagName("b")).isEmpty());
        assertEquals(
                learned,
                objectiveNode(DEMO.api("cycles/" + CYCLE + "/review"), objective)
                        .get("retrospective")
                        .get("learned")
                        .asText());
        CHROMIUM.js().executeScript("window.scrollTo(0, 0);");
        CHROMIUM.screenshot("review-view");
        assertEquals(List.of(), CHROMIUM.consoleErrors());
    }

    @Test
    public void closingTheCycleOnTheReviewPageFreezesItOffersCarryForwardAndReopeningNeedsAReason() throws IOException {
        Map<String, String> texts = DEMO.sandbox().texts().withPrefixes(List.of("okr.review."));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        DEMO.actAs(driver, Persona.ADMIN);
        driver.get(DEMO.origin() + NotificationsPage.REVIEW_PATH + "?cycle=" + CYCLE);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("okr-review-close")));

        driver.findElement(By.id("okr-review-close")).click();
        wait.until(ExpectedConditions.textToBe(By.id("okr-review-status"), texts.get("okr.review.closed")));

        assertEquals("CLOSED", driver.findElement(By.id("okr-review-state")).getDomAttribute("data-state"));
        assertEquals("CLOSED", DEMO.api("cycles/" + CYCLE).get("state").asText());
        assertTrue(
                "the scorecard of the closed cycle says when it was closed",
                DEMO.api("scorecard?cycle=" + CYCLE).get("frozenAt").isTextual());
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#okr-review-carry-forward .okr-carry-submit")));
        CHROMIUM.screenshot("review-closed");

        driver.findElement(By.id("okr-review-reopen")).click();
        wait.until(ExpectedConditions.textToBe(
                By.id("okr-review-status"), texts.get("okr.review.reopen.reason.required")));
        assertEquals("CLOSED", DEMO.api("cycles/" + CYCLE).get("state").asText());
        driver.findElement(By.id("okr-review-reopen-reason")).sendKeys("graded too early");
        driver.findElement(By.id("okr-review-reopen")).click();
        wait.until(ExpectedConditions.textToBe(By.id("okr-review-status"), texts.get("okr.review.reopened")));

        assertEquals("IN_REVIEW", DEMO.api("cycles/" + CYCLE).get("state").asText());
        JsonNode history = DEMO.api("cycles/" + CYCLE + "/history");
        assertEquals(
                "graded too early",
                history.get(history.size() - 1).get("reason").asText());
        assertEquals(List.of(), CHROMIUM.consoleErrors());
    }

    private String objectiveGrade(String objective) {
        List<WebElement> grade = driver.findElements(
                By.cssSelector("article[data-objective='" + objective + "'] .okr-review-objective-grade [data-grade]"));
        return grade.isEmpty() ? "" : grade.get(0).getDomAttribute("data-grade");
    }

    private static JsonNode objectiveNode(JsonNode review, String key) {
        for (JsonNode perspective : review.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                if (objective.get("objective").get("key").asText().equals(key)) {
                    return objective;
                }
            }
        }
        throw new AssertionError("no objective " + key + " in the review");
    }
}
