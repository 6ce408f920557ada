package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.rest.ApiFixture;
import io.okrscorecard.rest.RestServer.Answer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The admin page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped where they are not
 * installed), as a Jira administrator, against the app's real REST API. One 127.0.0.1 server per test serves the API
 * ({@link ApiFixture}: every resource over the sample OKRs, store on H2) and, on the same origin, a stand-in for Jira's
 * admin page: the real template rendered with Jira-style escaping ({@link JiraStyleVelocity}) and the real
 * {@link AdminPageModel} with the real texts, where Jira's {@code $webResourceManager} records the web-resource context
 * and, as the {@code atl.admin} decorator does, the page's head gets that context's resources from
 * atlassian-plugin.xml (the real js/okr-admin.js and css/okr-admin.css). Screenshots: target/screenshots/admin-*.png.
 */
public class AdminPageBrowserTest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String PAGE_PATH = "/plugins/servlet/okr-scorecard/admin";
    private static final String RESOURCES_PATH = "/download/resources/okr-admin-resources/";
    private static final String XSS = "<img src=x onerror=window.__xss=1>";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static Path profile;
    private static Map<String, String> texts;
    /** Download name → classpath location of the resources of the admin page's web-resource context. */
    private static Map<String, String> resources;

    /** A screenshot of the page as it was when a test failed: target/screenshots/admin-failed-<test>.png. */
    @Rule
    public final TestWatcher failureShots = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            try {
                screenshot("admin-failed-" + description.getMethodName());
            } catch (IOException | RuntimeException ignored) {
                // the failure itself is what gets reported
            }
        }
    };

    private ApiFixture api;
    private WebDriverWait wait;

    /** Stands in for Jira's $webResourceManager: records the required context; public so Velocity can call it. */
    public static final class WebResources {
        final List<String> contexts = new ArrayList<>();

        public void requireResourcesForContext(String context) {
            contexts.add(context);
        }
    }

    @BeforeClass
    public static void startChromium() throws Exception {
        Assume.assumeTrue(
                "needs Debian's chromium and chromium-driver",
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
        texts = adminTexts();
        resources = resourcesOfContext("okr-scorecard-admin");
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("okr-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,2600",
                "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterClass
    public static void quitChromium() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
            }
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @Before
    public void startServer() {
        api = new ApiFixture();
        api.rest.serve(PAGE_PATH, this::servePage);
        api.rest.serve(RESOURCES_PATH, AdminPageBrowserTest::serveResource);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @After
    public void stopServer() {
        try {
            if (driver != null) {
                driver.get("about:blank");
            }
        } finally {
            if (api != null) {
                api.close();
            }
        }
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
        screenshot("admin-perspectives");
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
        screenshot("admin-renamed");

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
        screenshot("admin-xss");
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
        screenshot("admin-bad-weight");
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
        screenshot("admin-page");
    }

    // ---------- the stand-in page ----------

    private void servePage(HttpExchange exchange) throws IOException {
        if (!PAGE_PATH.equals(exchange.getRequestURI().getPath())) {
            respond(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        WebResources webResources = new WebResources();
        Map<String, Object> context = new LinkedHashMap<>();
        // the context path is empty: the API is at /rest/okr-scorecard/1.0 of the same origin, as in Jira
        context.put(AdminServlet.MODEL, new AdminPageModel(AdminServlet.REST_PATH, texts));
        context.put("webResourceManager", webResources);
        String page = new JiraStyleVelocity().render(AdminServlet.TEMPLATE, context);
        StringBuilder head = new StringBuilder();
        for (String required : webResources.contexts) {
            assertEquals("okr-scorecard-admin", required);
            resources
                    .keySet()
                    .forEach(name -> head.append(
                            name.endsWith(".css")
                                    ? "<link rel=\"stylesheet\" href=\"" + RESOURCES_PATH + name + "\">\n"
                                    : "<script src=\"" + RESOURCES_PATH + name + "\"></script>\n"));
        }
        page = page.replace("</head>", head + "</head>");
        respond(exchange, 200, "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void serveResource(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(RESOURCES_PATH.length());
        String location = resources.get(name);
        if (location == null) {
            respond(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        try (InputStream in = AdminPageBrowserTest.class.getClassLoader().getResourceAsStream(location)) {
            assertNotNull(location, in);
            respond(
                    exchange,
                    200,
                    (name.endsWith(".css") ? "text/css" : "text/javascript") + ";charset=UTF-8",
                    in.readAllBytes());
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The texts AdminServlet gives its model: every translation under its prefixes, from the real bundle. */
    private static Map<String, String> adminTexts() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in =
                AdminPageBrowserTest.class.getClassLoader().getResourceAsStream("i18n/okr-scorecard.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> result = new HashMap<>();
        bundle.stringPropertyNames().stream()
                .filter(key -> AdminServlet.TEXT_PREFIXES.stream().anyMatch(key::startsWith))
                .forEach(key -> result.put(key, bundle.getProperty(key)));
        assertTrue(result.containsKey("okr.admin.saved"));
        return result;
    }

    /** The download resources of the web-resources in {@code context}, as atlassian-plugin.xml declares them. */
    private static Map<String, String> resourcesOfContext(String context) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        try (InputStream in = AdminPageBrowserTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            NodeList webResources = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(in)
                    .getElementsByTagName("web-resource");
            for (int i = 0; i < webResources.getLength(); i++) {
                Element webResource = (Element) webResources.item(i);
                NodeList contexts = webResource.getElementsByTagName("context");
                boolean inContext = false;
                for (int c = 0; c < contexts.getLength(); c++) {
                    inContext |=
                            context.equals(contexts.item(c).getTextContent().trim());
                }
                NodeList downloads = webResource.getElementsByTagName("resource");
                for (int r = 0; inContext && r < downloads.getLength(); r++) {
                    Element resource = (Element) downloads.item(r);
                    if ("download".equals(resource.getAttribute("type"))) {
                        result.put(resource.getAttribute("name"), resource.getAttribute("location"));
                    }
                }
            }
        }
        assertEquals(List.of("okr-admin.js", "okr-admin.css"), List.copyOf(result.keySet()));
        return result;
    }

    // ---------- driving the page ----------

    private void openAdminPage() {
        driver.get(api.rest.origin() + PAGE_PATH);
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

    private static JavascriptExecutor js() {
        return driver;
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
