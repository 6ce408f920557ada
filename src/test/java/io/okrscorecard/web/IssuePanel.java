package io.okrscorecard.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page object of the OKR issue panel on an issue view ({@code /browse/KEY}: the sandbox's stand-in, or Jira's own), for
 * browser tests: it opens an issue, waits for the panel's numbers, reads what the panel shows by the same names the
 * REST API uses, and records check-ins through the panel's form. Everything is read from the DOM as a user sees it.
 */
public final class IssuePanel {
    private static final By ROOT = By.cssSelector("[data-okr-panel]");

    private final WebDriver driver;
    private final WebDriverWait wait;

    /** One key result in an objective's panel, as shown. */
    public record KeyResultRow(String key, String summary, String progress, String status, String href) {}

    /** One check-in in a key result's panel, as shown (value empty for a confidence-only check-in). */
    public record CheckInRow(String confidence, String value, String comment, String meta) {}

    private IssuePanel(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Opens {@code origin/browse/KEY} and waits until the panel has loaded or shown why it could not. */
    public static IssuePanel open(WebDriver driver, String origin, String issueKey) {
        driver.get(origin + "/browse/" + issueKey);
        IssuePanel panel = new IssuePanel(driver);
        panel.waitUntilSettled();
        return panel;
    }

    /** The issue view without waiting for a panel (for issues that have none). */
    public static IssuePanel onPageOf(WebDriver driver) {
        return new IssuePanel(driver);
    }

    public boolean isShown() {
        return !driver.findElements(ROOT).isEmpty();
    }

    public WebElement root() {
        return driver.findElement(ROOT);
    }

    /** Waits until no load is running and the panel shows numbers or a load error. */
    public void waitUntilSettled() {
        wait.until(d -> {
            List<WebElement> roots = d.findElements(ROOT);
            return !roots.isEmpty()
                    && "false".equals(roots.get(0).getDomAttribute("aria-busy"))
                    && (roots.get(0).getDomAttribute("data-okr-loaded") != null
                            || !roots.get(0)
                                    .findElements(By.cssSelector(".okr-panel-message-error"))
                                    .isEmpty());
        });
    }

    /** How many times the panel has loaded its numbers (it reloads in place after a check-in). */
    public int loads() {
        String loaded = root().getDomAttribute("data-okr-loaded");
        return loaded == null ? 0 : Integer.parseInt(loaded);
    }

    /** The headline progress as shown: e.g. {@code 50%}, or {@code —} when it is undefined. */
    public String progress() {
        return headline().findElement(By.cssSelector("[data-okr-progress]")).getText();
    }

    /** The tooltip of the headline progress (the reason when it is undefined), or null. */
    public String progressTooltip() {
        return headline().findElement(By.cssSelector("[data-okr-progress]")).getDomAttribute("title");
    }

    /** The headline progress as a share, as the API gives it; null when undefined. */
    public Double progressShare() {
        String value =
                headline().findElement(By.cssSelector("[data-okr-progress]")).getDomAttribute("data-okr-progress");
        return value == null || value.isEmpty() ? null : Double.valueOf(value);
    }

    /** The API name of the status in the headline, e.g. {@code AMBER}. */
    public String status() {
        return headline().findElement(By.cssSelector("[data-okr-status]")).getDomAttribute("data-okr-status");
    }

    /** The status as written (the lozenge shows it in capitals). */
    public String statusText() {
        return headline().findElement(By.cssSelector("[data-okr-status]")).getDomProperty("textContent");
    }

    /** The lines of a key result's explanation by name ({@code done}, {@code shared}, {@code policy}, …). */
    public Map<String, String> facts() {
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        for (WebElement fact : root().findElements(By.cssSelector("[data-okr-fact]"))) {
            facts.put(fact.getDomAttribute("data-okr-fact"), fact.getText());
        }
        return facts;
    }

    /** The day a key result's "check-in due" mark says a check-in is due since, null without the mark. */
    public String checkInDueSince() {
        List<WebElement> marks = root().findElements(By.cssSelector(".okr-panel-check-in-due"));
        return marks.isEmpty() ? null : marks.get(0).getDomAttribute("data-okr-due-since");
    }

    /** The day the "check-in due" mark of a key result in an objective's list says, null without the mark. */
    public String keyResultDueSince(String key) {
        List<WebElement> marks =
                root().findElements(By.cssSelector("[data-okr-key-result='" + key + "'] .okr-panel-check-in-due"));
        return marks.isEmpty() ? null : marks.get(0).getDomAttribute("data-okr-due-since");
    }

    /** The text of a key result's "check-in due" mark. */
    public String checkInDueText() {
        return root().findElement(By.cssSelector(".okr-panel-check-in-due")).getText();
    }

    /** The objective a key result's panel names, as its link text. */
    /** The supporting-objectives section of an objective: its sentence, then the keys it links; empty without it. */
    public List<String> supporting() {
        List<String> shown = new ArrayList<>();
        for (WebElement section : root().findElements(By.cssSelector(".okr-panel-section.okr-panel-supporting"))) {
            shown.add(section.findElement(By.cssSelector("[data-okr-support-share]"))
                    .getText());
            section.findElements(By.cssSelector("[data-okr-supporting]"))
                    .forEach(item -> shown.add(item.getDomAttribute("data-okr-supporting")));
        }
        return shown;
    }

    public String objectiveKey() {
        return root().findElement(By.cssSelector(".okr-panel-objective a")).getText();
    }

    public String objectiveSummary() {
        return root().findElement(By.cssSelector(".okr-panel-objective-summary"))
                .getDomProperty("textContent")
                .strip();
    }

    /** The key results an objective's panel lists, in its order. */
    public List<KeyResultRow> keyResults() {
        List<KeyResultRow> rows = new ArrayList<>();
        for (WebElement row : root().findElements(By.cssSelector("[data-okr-key-result]"))) {
            WebElement link = row.findElement(By.cssSelector(".okr-panel-kr-title a"));
            rows.add(new KeyResultRow(
                    row.getDomAttribute("data-okr-key-result"),
                    row.findElement(By.cssSelector(".okr-panel-kr-summary")).getDomProperty("textContent"),
                    row.findElement(By.cssSelector("[data-okr-progress]")).getText(),
                    row.findElement(By.cssSelector("[data-okr-status]")).getDomAttribute("data-okr-status"),
                    link.getDomAttribute("href")));
        }
        return rows;
    }

    /** The check-ins shown, newest first. */
    public List<CheckInRow> checkIns() {
        List<CheckInRow> rows = new ArrayList<>();
        for (WebElement item : root().findElements(By.cssSelector(".okr-panel-check-in"))) {
            List<WebElement> value = item.findElements(By.cssSelector(".okr-panel-check-in-value"));
            List<WebElement> comment = item.findElements(By.cssSelector(".okr-panel-check-in-comment"));
            rows.add(new CheckInRow(
                    item.findElement(By.cssSelector("[data-okr-confidence]")).getDomAttribute("data-okr-confidence"),
                    value.isEmpty() ? "" : value.get(0).getText(),
                    comment.isEmpty() ? "" : comment.get(0).getDomProperty("textContent"),
                    item.findElement(By.cssSelector(".okr-panel-check-in-meta")).getText()));
        }
        return rows;
    }

    public boolean hasCheckInForm() {
        return !root().findElements(By.cssSelector("form.okr-panel-form")).isEmpty();
    }

    /** The form's input for an API field: {@code checkIn.value}, {@code checkIn.confidence}, {@code checkIn.comment}. */
    public WebElement field(String apiField) {
        return root().findElement(By.cssSelector("[data-field='" + apiField + "']"));
    }

    /** Fills the form (confidence by its API name, or null for none chosen) and submits it with the button. */
    public void submitCheckIn(String value, String confidence, String comment) {
        WebElement valueInput = field("checkIn.value");
        valueInput.clear();
        valueInput.sendKeys(value);
        new Select(field("checkIn.confidence")).selectByValue(confidence == null ? "" : confidence);
        WebElement commentInput = field("checkIn.comment");
        commentInput.clear();
        commentInput.sendKeys(comment);
        root().findElement(By.cssSelector("form.okr-panel-form button[type='submit']"))
                .click();
    }

    /** Records a check-in through the form and waits until the panel has reloaded its numbers. */
    public void recordCheckIn(String value, String confidence, String comment) {
        int before = loads();
        submitCheckIn(value, confidence, comment);
        waitForReloadAfter(before);
    }

    public void waitForReloadAfter(int loads) {
        wait.until(d -> {
            String loaded = root().getDomAttribute("data-okr-loaded");
            return loaded != null
                    && Integer.parseInt(loaded) > loads
                    && "false".equals(root().getDomAttribute("aria-busy"));
        });
    }

    /** The error shown at a field after a rejected check-in; waits for it. */
    public WebElement errorAt(String apiField) {
        return wait.until(d -> {
            WebElement input = field(apiField);
            List<WebElement> errors =
                    input.findElements(By.xpath("following-sibling::*[contains(@class,'okr-panel-error')]"));
            return errors.isEmpty() ? null : errors.get(0);
        });
    }

    /** The message shown atop the form (a refusal that names no field); waits for it. */
    public WebElement formMessage() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-okr-panel] .okr-panel-form-errors .okr-panel-message")));
    }

    /** The message shown instead of the numbers when they could not be loaded. */
    public String loadError() {
        return root().findElement(By.cssSelector(".okr-panel-message-error p")).getText();
    }

    /** What the panel last announced (e.g. that a check-in was recorded). */
    public String announcement() {
        return root().findElement(By.cssSelector(".okr-panel-announce")).getText();
    }

    /** Wraps window.fetch to record what the page sends (method, URL, Content-Type, body). */
    public void recordRequests() {
        ((JavascriptExecutor) driver)
                .executeScript("window.__okrRequests = []; var original = window.fetch;"
                        + " window.fetch = function (url, options) { options = options || {};"
                        + " window.__okrRequests.push({url: String(url), method: options.method || 'GET',"
                        + " contentType: (options.headers || {})['Content-Type'] || null,"
                        + " body: options.body === undefined ? null : String(options.body)});"
                        + " return original.apply(this, arguments); };");
    }

    /** The requests of {@code method} recorded since {@link #recordRequests()}. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> requests(String method) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeScript(
                        "var method = arguments[0];"
                                + " return window.__okrRequests.filter(function (r) { return r.method === method; });",
                        method);
    }

    private WebElement headline() {
        return root().findElement(By.cssSelector(".okr-panel-headline"));
    }
}
