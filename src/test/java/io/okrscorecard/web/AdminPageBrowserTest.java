package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.rest.ApiFixture;
import io.okrscorecard.rest.RestServer.Answer;
import io.okrscorecard.sandbox.web.AdminPage;
import io.okrscorecard.sandbox.web.PluginResources;
import io.okrscorecard.sandbox.web.PluginTexts;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped where they are not
 * installed), as a Jira administrator, against the app's real REST API. One 127.0.0.1 server per test serves the API
 * ({@link ApiFixture}: every resource over the sample OKRs, store on H2) and, on the same origin, a stand-in for Jira's
 * admin page ({@link AdminPage}: the real template and model, the head getting the resources of the required
 * web-resource context from atlassian-plugin.xml, served by {@link PluginResources}). Screenshots:
 * target/screenshots/admin-*.png.
 */
public class AdminPageBrowserTest {
    private static final String XSS = "<img src=x onerror=window.__xss=1>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("admin", 1280, 2600);

    private static AdminPage page;
    private static PluginResources resources;
    private static Map<String, String> texts;

    private final ChromeDriver driver = CHROMIUM.driver();
    private ApiFixture api;
    private WebDriverWait wait;

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest(() -> api);

    @BeforeClass
    public static void loadTheAdminPage() throws Exception {
        resources = PluginResources.fromClasspath();
        page = new AdminPage(resources, PluginTexts.load());
        texts = page.texts();
        assertTrue(texts.containsKey("okr.admin.saved"));
        assertEquals(
                List.of("okr-admin.js", "okr-admin.css"),
                List.copyOf(
                        resources.webResource("okr-admin-resources").downloads().keySet()));
    }

    @Before
    public void startServer() {
        api = new ApiFixture();
        api.rest.serve(AdminPage.PATH, page::serve);
        api.rest.serve(PluginResources.DOWNLOAD_PATH, exchange -> resources.serve(exchange, PluginTexts.load()));
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Test
    public void showsTheFourDefaultPerspectivesAsTheApiReturnsThem() throws IOException {
        JsonNode perspectives = api.rest.get("admin/perspectives").json();
        assertEquals(4, perspectives.size());

        openAdminPage();

        assertEquals(names(perspectives), column("name"));
        List<String> keys = new ArrayList<>();
        perspectives.forEach(perspective -> keys.add(perspective.get("key").asText()));
        assertEquals(keys, column("key"));
        assertEquals(List.of("Financial", "Customer", "Internal Processes", "Learning & Growth"), column("name"));
        CHROMIUM.screenshot("admin-perspectives");
    }

    @Test
    public void renamingAPerspectiveSendsJsonAndTheApiReturnsTheNewName() throws IOException {
        openAdminPage();
        recordRequests();

        type(perspectiveInput(1, "name"), "Customers & Markets");
        clickSave("okr-admin-perspectives");
        waitForStatus("okr.admin.saved");

        Map<String, Object> put = onlyRequest("PUT");
        assertTrue(put.get("url").toString().endsWith("/rest/okr-scorecard/1.0/admin/perspectives"));
        assertEquals("application/json", put.get("contentType"));
        JsonNode sent = JSON.readTree(put.get("body").toString());
        assertEquals("Customers & Markets", sent.get(1).get("name").asText());
        assertEquals(4, sent.size());
        JsonNode stored = api.rest.get("admin/perspectives").json();
        assertEquals("Customers & Markets", stored.get(1).get("name").asText());
        assertEquals(names(stored), column("name"));
        CHROMIUM.screenshot("admin-renamed");

        openAdminPage();
        assertEquals("Customers & Markets", column("name").get(1));
    }

    @Test
    public void hostilePerspectiveNameIsShownAsTextAndRunsNoScript() throws IOException {
        openAdminPage();
        type(perspectiveInput(0, "name"), XSS);
        clickSave("okr-admin-perspectives");
        waitForStatus("okr.admin.saved");
        assertEquals(
                XSS,
                api.rest.get("admin/perspectives").json().get(0).get("name").asText());

        openAdminPage();
        assertEquals(XSS, column("name").get(0));
        // the mapping form lists perspectives by name as option text: add a row to see them
        By options = By.cssSelector("#okr-admin-mapping tbody select option");
        int before = driver.findElements(options).size();
        clickButton("okr-admin-mapping", texts.get("okr.admin.mapping.add"));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(options, before));
        assertTrue(
                "the name is an option's text",
                driver.findElements(options).stream()
                        .anyMatch(option -> XSS.equals(option.getDomProperty("textContent"))));
        // an <img src=x> parsed from the name would have failed to load by the time this probe's own one has
        Object xss = js().executeAsyncScript("var done = arguments[arguments.length - 1]; var probe = new Image();"
                + " probe.onerror = probe.onload = function () { done(String(window.__xss)); }; probe.src = 'x';");
        assertEquals("undefined", xss);
        assertEquals(0L, js().executeScript("return document.querySelectorAll('#okr-admin img').length;"));
        CHROMIUM.screenshot("admin-xss");
    }

    @Test
    public void badWeightShowsTheServersMessageNextToTheField() throws IOException {
        JsonNode before = api.rest.get("admin/perspectives").json();
        openAdminPage();
        recordRequests();

        WebElement weight = perspectiveInput(0, "weight");
        type(weight, "-1");
        clickSave("okr-admin-perspectives");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#okr-admin-perspectives .okr-admin-error")));

        Answer server = api.rest.putJson(
                "admin/perspectives", onlyRequest("PUT").get("body").toString());
        assertEquals(400, server.status());
        assertEquals("perspectives[0].weight", server.json().get("field").asText());
        assertEquals(server.json().get("message").asText(), error.getText());
        weight = perspectiveInput(0, "weight");
        assertEquals(
                Boolean.TRUE,
                js().executeScript("return arguments[0].parentNode === arguments[1].parentNode;", weight, error));
        assertEquals("true", weight.getDomAttribute("aria-invalid"));
        assertEquals(error.getDomAttribute("id"), weight.getDomAttribute("aria-describedby"));
        assertEquals(
                "nothing written", before, api.rest.get("admin/perspectives").json());
        CHROMIUM.screenshot("admin-bad-weight");
    }

    @Test
    public void settingsAndCyclesSectionsRender() throws IOException {
        JsonNode settings = api.rest.get("admin/settings").json();
        JsonNode policies = api.rest.get("admin/rollup-policies").json();
        JsonNode cycles = api.rest.get("admin/cycles").json();
        assertTrue(cycles.size() > 0);
        openAdminPage();

        By policy = By.cssSelector("#okr-admin-settings select[data-field='settings.rollupPolicy']");
        wait.until(ExpectedConditions.presenceOfElementLocated(policy));
        assertEquals(
                settings.get("rollupPolicy").asText(),
                driver.findElement(policy).getDomProperty("value"));
        assertEquals(
                policies.size(),
                driver.findElement(policy).findElements(By.tagName("option")).size());
        assertEquals(
                settings.get("statusMode").asText(),
                driver.findElement(By.cssSelector("#okr-admin-settings select[data-field='settings.statusMode']"))
                        .getDomProperty("value"));
        assertEquals(
                settings.get("inProgressCredit").asDouble(),
                Double.parseDouble(driver.findElement(
                                By.cssSelector("#okr-admin-settings input[data-field='settings.inProgressCredit']"))
                        .getDomProperty("value")),
                1e-9);

        By cycleIds = By.cssSelector("#okr-admin-cycles tbody input[data-field='cycle.id']");
        wait.until(ExpectedConditions.numberOfElementsToBe(cycleIds, cycles.size() + 1));
        List<WebElement> idInputs = driver.findElements(cycleIds);
        for (int i = 0; i < cycles.size(); i++) {
            assertEquals(cycles.get(i).get("id").asText(), idInputs.get(i).getDomProperty("value"));
            assertNotNull("saved cycles' ids are read-only", idInputs.get(i).getDomAttribute("readonly"));
        }
        assertEquals("", idInputs.get(cycles.size()).getDomProperty("value"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#okr-admin-bootstrap table tbody tr")));
        assertFalse(
                "no section failed to load",
                driver.findElements(By.cssSelector(".aui-message-error")).stream()
                        .anyMatch(WebElement::isDisplayed));
        CHROMIUM.screenshot("admin-page");
    }

    @Test
    public void theCheckInCadenceIsShownAndSavedFromTheSettingsForm() throws IOException {
        JsonNode settings = api.rest.get("admin/settings").json();
        openAdminPage();
        By cadence = By.cssSelector("#okr-admin-settings select[data-field='settings.checkInCadence']");
        By weekday = By.cssSelector("#okr-admin-settings select[data-field='settings.checkInWeekday']");
        wait.until(ExpectedConditions.presenceOfElementLocated(cadence));
        assertEquals(
                settings.get("checkInCadence").asText(),
                driver.findElement(cadence).getDomProperty("value"));
        assertEquals(
                settings.get("checkInWeekday").asText(),
                driver.findElement(weekday).getDomProperty("value"));

        new Select(driver.findElement(cadence)).selectByValue("EVERY_TWO_WEEKS");
        new Select(driver.findElement(weekday)).selectByValue("FRIDAY");
        clickSave("okr-admin-settings");
        waitForStatus("okr.admin.saved");

        JsonNode saved = api.rest.get("admin/settings").json();
        assertEquals("EVERY_TWO_WEEKS", saved.get("checkInCadence").asText());
        assertEquals("FRIDAY", saved.get("checkInWeekday").asText());
        assertEquals(settings.get("statusMode"), saved.get("statusMode"));
        CHROMIUM.screenshot("admin-check-in-cadence");
    }

    // ---------- driving the page ----------

    private void openAdminPage() {
        driver.get(api.rest.origin() + AdminPage.PATH);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#okr-admin-perspectives input[data-column='name']"), 0));
    }

    private List<String> column(String column) {
        List<String> values = new ArrayList<>();
        driver.findElements(By.cssSelector("#okr-admin-perspectives input[data-column='" + column + "']"))
                .forEach(input -> values.add(input.getDomProperty("value")));
        return values;
    }

    private static List<String> names(JsonNode perspectives) {
        List<String> names = new ArrayList<>();
        perspectives.forEach(perspective -> names.add(perspective.get("name").asText()));
        return names;
    }

    private WebElement perspectiveInput(int row, String column) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#okr-admin-perspectives input[data-field='perspectives[" + row + "]." + column + "']")));
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
        assertEquals(text, input.getDomProperty("value"));
    }

    private void clickSave(String section) {
        clickButton(section, texts.get("okr.admin.save"));
    }

    private void clickButton(String section, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='" + section + "']//button[normalize-space(.)='" + text + "']")))
                .click();
    }

    private void waitForStatus(String key) {
        wait.until(ExpectedConditions.textToBe(By.id("okr-admin-status"), texts.get(key)));
    }

    /** Wraps window.fetch to record what the page sends (method, URL, Content-Type, body). */
    private void recordRequests() {
        js().executeScript("window.__okrRequests = []; var original = window.fetch;"
                + " window.fetch = function (url, options) { options = options || {};"
                + " window.__okrRequests.push({url: String(url), method: options.method || 'GET',"
                + " contentType: (options.headers || {})['Content-Type'] || null,"
                + " body: options.body === undefined ? null : String(options.body)});"
                + " return original.apply(this, arguments); };");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> onlyRequest(String method) {
        List<Map<String, Object>> sent = (List<Map<String, Object>>) js().executeScript(
                        "var method = arguments[0];"
                                + " return window.__okrRequests.filter(function (r) { return r.method === method; });",
                        method);
        assertEquals(method + " requests: " + sent, 1, sent.size());
        return sent.get(0);
    }

    private JavascriptExecutor js() {
        return driver;
    }
}
