package io.okrscorecard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.sandbox.web.DashboardPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the scorecard dashboard item on the sandbox's stand-in dashboard ({@link DashboardPage}) the way a user does:
 * open the dashboard, read what a perspective, objective or key result shows, open the drill-down, change the item's
 * settings, read the strategy map. Every read waits for the item to finish drawing. For browser tests of the item and
 * for end-to-end tests against the sandbox.
 */
public final class GadgetPage {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The stand-in dashboard keeps the preferences of its first item under this localStorage key. */
    private static final String PREFERENCES_KEY = "okr-sandbox-dashboard:okr-gadget:0";

    private final WebDriver driver;
    private final String origin;
    private final WebDriverWait wait;

    /** What a value shows: the text (a percentage or a dash), the tooltip of a dash, and the status lozenge's code. */
    public record Shown(String value, String undefinedTitle, String status, String statusText) {}

    /** A cause link drawn on the strategy map; {@code cycle}: drawn as part of a cycle. */
    public record Edge(String cause, String effect, boolean cycle) {}

    public GadgetPage(WebDriver driver, String origin) {
        this.driver = driver;
        this.origin = origin;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Opens the dashboard and waits until the item has drawn its numbers (or an error). */
    public GadgetPage open() {
        return open(0);
    }

    /** Opens the dashboard with its column {@code width} pixels wide (0: the page's default) and waits for the item. */
    public GadgetPage open(int width) {
        driver.get(origin + DashboardPage.PATH + (width > 0 ? "?width=" + width : ""));
        return waitUntilDrawn();
    }

    /** Stores the item's preferences as the dashboard keeps them and opens it again. */
    public GadgetPage openWith(Map<String, String> preferences, int width) {
        driver.get(origin + DashboardPage.PATH);
        try {
            js().executeScript(
                            "window.localStorage.setItem(arguments[0], arguments[1]);",
                            PREFERENCES_KEY,
                            JSON.writeValueAsString(preferences));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return open(width);
    }

    /** The preferences the dashboard keeps for the item, as saved by its settings form. */
    @SuppressWarnings("unchecked")
    public Map<String, String> savedPreferences() {
        String saved =
                (String) js().executeScript("return window.localStorage.getItem(arguments[0]);", PREFERENCES_KEY);
        try {
            return saved == null ? Map.of() : JSON.readValue(saved, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the item's Export menu; its items (links) in order. */
    public List<WebElement> openExportMenu() {
        root().findElement(By.cssSelector(".okr-gadget-export-trigger")).click();
        WebElement menu = root().findElement(By.cssSelector(".okr-gadget-export-menu"));
        wait.until(ExpectedConditions.visibilityOf(menu));
        return menu.findElements(By.cssSelector("[role='menuitem']"));
    }

    /**
     * What the browser gets for a link's href, fetched by the page: status, Content-Type, Content-Disposition, and the
     * body as text, or only its first five bytes when {@code binary}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> download(WebElement link, boolean binary) {
        return (Map<String, Object>) js().executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; var binary = arguments[1];"
                                + " fetch(arguments[0].href).then(function (response) {"
                                + "   var read = binary"
                                + "     ? response.arrayBuffer().then(function (bytes) {"
                                + "         return String.fromCharCode.apply(null, new Uint8Array(bytes.slice(0, 5))); })"
                                + "     : response.text();"
                                + "   return read.then(function (body) { done({status: response.status,"
                                + "     type: response.headers.get('Content-Type'),"
                                + "     disposition: response.headers.get('Content-Disposition'), body: body}); });"
                                + " }).catch(function (e) { done({error: String(e)}); });",
                        link,
                        binary);
    }

    public GadgetPage waitUntilDrawn() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".okr-gadget:not(.okr-gadget-edit)")));
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("var root = document.querySelector('.okr-gadget');"
                + " return !!root && !root.hasAttribute('aria-busy')"
                + " && !!root.querySelector('.okr-gadget-body > :not(.okr-gadget-loading)');")));
        return this;
    }

    public WebElement root() {
        return driver.findElement(By.cssSelector(".okr-gadget"));
    }

    /** The title of the item's frame, as the item set it through the API. */
    public String frameTitle() {
        return driver.findElement(By.cssSelector(".sandbox-gadget-title")).getText();
    }

    public String layout() {
        return root().getDomAttribute("data-layout");
    }

    // ---------- quadrant and list ----------

    /** The keys of the perspectives shown, in order ("" for the unassigned objectives). */
    public List<String> perspectiveKeys() {
        List<String> keys = new ArrayList<>();
        for (WebElement panel : root().findElements(By.cssSelector("[data-perspective]"))) {
            if (panel.getTagName().equals("section") || panel.getTagName().equals("tbody")) {
                keys.add(panel.getDomAttribute("data-perspective"));
            }
        }
        return keys;
    }

    public String perspectiveName(String key) {
        return perspective(key)
                .findElement(By.cssSelector(".okr-gadget-panel-name"))
                .getText();
    }

    public Shown overall() {
        return shown(root().findElement(By.cssSelector("[data-overall]")));
    }

    public Shown perspectiveValue(String key) {
        WebElement perspective = perspective(key);
        return perspective.getTagName().equals("tbody")
                ? shown(perspective.findElement(By.cssSelector(".okr-gadget-group-row")))
                : shown(perspective.findElement(By.cssSelector(".okr-gadget-panel-head")));
    }

    /** The objectives listed under a perspective, in order. */
    public List<String> objectiveKeys(String perspectiveKey) {
        List<String> keys = new ArrayList<>();
        perspective(perspectiveKey)
                .findElements(By.cssSelector("[data-objective]"))
                .forEach(objective -> keys.add(objective.getDomAttribute("data-objective")));
        return keys;
    }

    public Shown objectiveValue(String key) {
        return shown(objective(key));
    }

    /** The summary an objective shows, as text. */
    public String objectiveSummary(String key) {
        return objective(key).findElement(By.cssSelector(".okr-gadget-summary")).getDomProperty("textContent");
    }

    public String objectiveOwner(String key) {
        return objective(key).findElement(By.cssSelector(".okr-gadget-owner")).getText();
    }

    /** Opens an objective (button with aria-expanded) and returns the keys of its key results. */
    public List<String> expandObjective(String key) {
        WebElement toggle = objective(key).findElement(By.cssSelector(".okr-gadget-toggle"));
        if (!"true".equals(toggle.getDomAttribute("aria-expanded"))) {
            toggle.click();
        }
        wait.until(d -> "true".equals(toggle.getDomAttribute("aria-expanded")));
        WebElement region = driver.findElement(By.id(toggle.getDomAttribute("aria-controls")));
        wait.until(ExpectedConditions.visibilityOf(region));
        List<String> keys = new ArrayList<>();
        region.findElements(By.cssSelector("[data-key-result]"))
                .forEach(kr -> keys.add(kr.getDomAttribute("data-key-result")));
        return keys;
    }

    /**
     * What an expanded objective says of its supporting objectives: the sentence, then the keys of the alignment tree
     * in document order; empty when it shows none.
     */
    public List<String> supportShown(String objectiveKey) {
        List<String> shown = new ArrayList<>();
        for (WebElement block : objective(objectiveKey).findElements(By.cssSelector(".okr-gadget-support"))) {
            shown.add(block.findElement(By.cssSelector(".okr-gadget-note")).getText());
            block.findElements(By.cssSelector(".okr-gadget-support-item"))
                    .forEach(item -> shown.add(item.getDomAttribute("data-objective")));
        }
        return shown;
    }

    public boolean isExpanded(String objectiveKey) {
        return "true"
                .equals(objective(objectiveKey)
                        .findElement(By.cssSelector(".okr-gadget-toggle"))
                        .getDomAttribute("aria-expanded"));
    }

    public Shown keyResultValue(String key) {
        return shown(keyResult(key).findElement(By.cssSelector(".okr-gadget-row")));
    }

    public String keyResultSummary(String key) {
        return keyResult(key).findElement(By.cssSelector(".okr-gadget-summary")).getDomProperty("textContent");
    }

    /** Opens a key result's explanation and waits for it: the toggle element is returned, e.g. to check its state. */
    public WebElement expandKeyResult(String key) {
        WebElement toggle = keyResult(key).findElement(By.cssSelector(".okr-gadget-toggle"));
        toggle.click();
        waitForExplanation(key);
        return toggle;
    }

    public void waitForExplanation(String key) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-key-result='" + key + "'] [data-explains='" + key + "']")));
    }

    /** The parts of a key result's explanation sentence: part name (e.g. "done", "excluded") to its texts. */
    public Map<String, List<String>> explanationParts(String key) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (WebElement part : explanation(key).findElements(By.cssSelector("[data-part]"))) {
            parts.computeIfAbsent(part.getDomAttribute("data-part"), name -> new ArrayList<>())
                    .add(part.getText());
        }
        return parts;
    }

    public String explanationSentence(String key) {
        return explanation(key)
                .findElement(By.cssSelector(".okr-gadget-explain-sentence"))
                .getText();
    }

    /** The issue links of a key result's explanation: the key shown and where it leads. */
    public Map<String, String> issueLinks(String key) {
        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement link : explanation(key).findElements(By.cssSelector("a[data-issue]"))) {
            links.put(link.getText(), link.getDomAttribute("href"));
        }
        return links;
    }

    /** The href of the JQL search of a key result's work. */
    public String searchLink(String key) {
        return explanation(key)
                .findElement(By.cssSelector("a.okr-gadget-search"))
                .getDomAttribute("href");
    }

    public String explanationText(String key) {
        return explanation(key).getText();
    }

    /** Clicks the item's refresh button and waits until it has drawn again. */
    public GadgetPage refresh() {
        root().findElement(By.cssSelector(".okr-gadget-refresh")).click();
        return waitUntilDrawn();
    }

    /** The message of the error state, or empty. */
    public String errorMessage() {
        List<WebElement> messages = root().findElements(By.cssSelector(".okr-gadget-message-detail"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    // ---------- settings ----------

    /** Opens the item's settings (the frame's Edit) and waits until the perspectives are listed. */
    public GadgetPage openSettings() {
        driver.findElement(By.cssSelector(".sandbox-gadget [data-action='edit']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".okr-gadget-edit [data-field='perspectives'] input[type=checkbox]")));
        return this;
    }

    public GadgetPage chooseLayout(String layout) {
        settings()
                .findElement(By.cssSelector("input[type=radio][value='" + layout + "']"))
                .click();
        return this;
    }

    public GadgetPage showPerspective(String key, boolean shown) {
        WebElement box = settings().findElement(By.cssSelector("input[type=checkbox][value='" + key + "']"));
        if (box.isSelected() != shown) {
            box.click();
        }
        return this;
    }

    public GadgetPage typeProjects(String keys) {
        settings()
                .findElement(By.cssSelector("input[type=radio][value='projects']"))
                .click();
        WebElement input = settings().findElement(By.cssSelector("input[name='projects']"));
        input.clear();
        input.sendKeys(keys);
        return this;
    }

    public GadgetPage showTrends(boolean shown) {
        WebElement box = settings().findElement(By.cssSelector("input[name='trends']"));
        if (box.isSelected() != shown) {
            box.click();
        }
        return this;
    }

    /** Saves the settings; the dashboard renders the item with them. */
    public GadgetPage save() {
        settings().findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".okr-gadget-edit")));
        return waitUntilDrawn();
    }

    /** Saves settings that the form refuses: the message it shows. */
    public String saveRefused() {
        settings().findElement(By.cssSelector("button[type=submit]")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".okr-gadget-edit .okr-gadget-form-status .okr-gadget-message")))
                .getText();
    }

    public WebElement settings() {
        return driver.findElement(By.cssSelector(".okr-gadget-edit"));
    }

    // ---------- strategy map ----------

    public WebElement map() {
        return root().findElement(By.cssSelector("svg.okr-gadget-map-svg"));
    }

    /** The objectives drawn on the map: key to status. */
    public Map<String, String> mapNodes() {
        Map<String, String> nodes = new LinkedHashMap<>();
        for (WebElement node : map().findElements(By.cssSelector(".okr-map-node"))) {
            nodes.put(node.getDomAttribute("data-key"), node.getDomAttribute("data-status"));
        }
        return nodes;
    }

    /** The full summary of a node (its tooltip) and the possibly shortened text drawn. */
    public List<String> mapNodeTexts(String key) {
        WebElement node = map().findElement(By.cssSelector(".okr-map-node[data-key='" + key + "']"));
        return List.of(
                node.findElement(By.tagName("title")).getDomProperty("textContent"),
                node.findElement(By.cssSelector(".okr-map-node-summary")).getDomProperty("textContent"));
    }

    public List<Edge> mapEdges() {
        List<Edge> edges = new ArrayList<>();
        for (WebElement edge : map().findElements(By.cssSelector("path.okr-map-edge[data-cause]"))) {
            edges.add(new Edge(
                    edge.getDomAttribute("data-cause"),
                    edge.getDomAttribute("data-effect"),
                    edge.getDomAttribute("class").contains("okr-map-edge-cycle")));
        }
        return edges;
    }

    /** The perspective keys of the map's bands from top to bottom ("" for the unassigned objectives). */
    public List<String> mapLanesTopToBottom() {
        @SuppressWarnings("unchecked")
        List<String> lanes = (List<String>) js().executeScript(
                        "var lanes = Array.prototype.slice.call(arguments[0].querySelectorAll('.okr-map-lane'));"
                                + " lanes.sort(function (a, b) { return a.getBBox().y - b.getBBox().y; });"
                                + " return lanes.map(function (lane) { return lane.getAttribute('data-perspective'); });",
                        map());
        return lanes;
    }

    public List<String> cycleNotes() {
        List<String> notes = new ArrayList<>();
        root().findElements(By.cssSelector(".okr-gadget-cycle-note")).forEach(note -> notes.add(note.getText()));
        return notes;
    }

    // ---------- helpers ----------

    private WebElement perspective(String key) {
        return root().findElement(By.cssSelector(
                "section[data-perspective='" + key + "'], tbody[data-perspective='" + key + "']"));
    }

    private WebElement objective(String key) {
        return root().findElement(By.cssSelector("[data-objective='" + key + "']"));
    }

    private WebElement keyResult(String key) {
        return root().findElement(By.cssSelector("[data-key-result='" + key + "']"));
    }

    private WebElement explanation(String key) {
        return keyResult(key).findElement(By.cssSelector("[data-explains='" + key + "']"));
    }

    /** The first value and lozenge inside {@code scope} (not inside its nested drill-down). */
    private Shown shown(SearchContext scope) {
        WebElement value = scope.findElement(By.cssSelector(".okr-gadget-value"));
        List<WebElement> lozenges = scope.findElements(By.cssSelector(".okr-gadget-lozenge"));
        WebElement lozenge = lozenges.isEmpty() ? null : lozenges.get(0);
        return new Shown(
                value.getText(),
                value.getDomAttribute("title"),
                lozenge == null ? null : lozenge.getDomAttribute("data-status"),
                lozenge == null ? null : lozenge.getDomProperty("textContent"));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
