package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.sandbox.server.DemoSandbox;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.AdminPage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The weekly digest subscription in headless Chromium against the real sandbox (the demo organisation, the real REST
 * API and store, real AUI): the gadget's "Subscribe to weekly digest…" dialog subscribes the browser's user to what the
 * gadget shows, lists their subscriptions and removes one; the admin page lists everybody's and removes one. What the
 * pages did is checked against the REST API. Screenshots: target/screenshots/subscribe-*.png.
 */
public class SubscribeDialogBrowserTest {
    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("subscribe", 1280, 1200);

    private final ChromeDriver driver = CHROMIUM.driver();
    private WebDriverWait wait;

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    @Before
    public void startWithoutSubscriptions() {
        for (JsonNode subscription : DEMO.api("admin/subscriptions")) {
            DEMO.api("DELETE", "subscriptions/" + subscription.get("id").asText(), null, 204);
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Test
    public void theDialogSubscribesTheViewerToTheGadgetsScopeListsItAndRemovesIt() throws IOException {
        String project = firstProject();
        DEMO.actAs(driver, Persona.VIEWER);
        CHROMIUM.js().executeScript("window.localStorage.clear();");
        GadgetPage gadget = new GadgetPage(driver, DEMO.origin())
                .openWith(Map.of("scope", "projects", "projects", project, "hiddenPerspectives", "learning-growth"), 0);
        gadget.root().findElement(By.cssSelector(".okr-subscribe-action")).click();
        WebElement dialog =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".okr-subscribe-dialog")));
        wait.until(
                d -> !dialog.findElements(By.cssSelector(".okr-subscribe-none")).isEmpty());

        String words =
                dialog.findElement(By.cssSelector(".okr-subscribe-scope-words")).getText();
        assertTrue(words, words.contains("projects " + project));
        assertTrue(words, words.contains("Customer") && !words.contains("Learning"));
        new Select(dialog.findElement(By.name("weekday"))).selectByValue("FRIDAY");
        new Select(dialog.findElement(By.name("hour"))).selectByValue("9");
        dialog.findElement(By.cssSelector(".okr-subscribe-submit")).click();
        wait.until(d ->
                !dialog.findElements(By.cssSelector(".okr-subscribe-list li")).isEmpty());
        CHROMIUM.screenshot("subscribe-dialog");

        JsonNode stored = only(DEMO.api("admin/subscriptions"));
        assertEquals(Persona.VIEWER.userKey(), stored.get("subscriber").asText());
        assertEquals(project, stored.at("/projects/0").asText());
        assertEquals(List.of("financial", "customer", "internal-processes"), keys(stored.get("perspectives")));
        assertEquals("FRIDAY", stored.get("weekday").asText());
        assertEquals(9, stored.get("hour").asInt());
        String listed =
                dialog.findElement(By.cssSelector(".okr-subscribe-list li")).getText();
        assertTrue(listed, listed.contains("Every Friday at 09:00 (UTC)"));

        dialog.findElement(By.cssSelector(".okr-subscribe-remove")).click();
        wait.until(
                d -> !dialog.findElements(By.cssSelector(".okr-subscribe-none")).isEmpty());
        assertEquals(0, DEMO.api("admin/subscriptions").size());
        dialog.findElement(By.cssSelector(".okr-subscribe-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".okr-subscribe-dialog")));
        assertEquals(List.of(), CHROMIUM.consoleErrors());
    }

    @Test
    public void theAdminPageListsEverySubscriptionByDisplayNameAndRemovesOne() throws IOException {
        DEMO.api(
                "POST",
                "subscriptions",
                "{\"projects\":[],\"filter\":null,\"perspectives\":[\"customer\"],\"weekday\":\"MONDAY\",\"hour\":8}",
                201);
        String name =
                only(DEMO.api("admin/subscriptions")).get("subscriberName").asText();
        DEMO.actAs(driver, Persona.ADMIN);
        driver.get(DEMO.origin() + AdminPage.PATH);

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#okr-admin-subscriptions tr[data-subscription]")));
        driver.executeScript("arguments[0].scrollIntoView();", row);
        CHROMIUM.screenshot("subscribe-admin");
        List<String> cells = new ArrayList<>();
        row.findElements(By.tagName("td")).forEach(cell -> cells.add(cell.getText()));
        assertEquals(name, cells.get(0));
        assertEquals("Running cycle \u00b7 all projects \u00b7 perspectives Customer", cells.get(1));
        assertEquals("Every Monday at 08:00 (UTC)", cells.get(2));

        row.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#okr-admin-subscriptions .okr-subscribe-none")));
        assertEquals(0, DEMO.api("admin/subscriptions").size());
        assertEquals(List.of(), CHROMIUM.consoleErrors());
    }

    /** The project of the first objective of the demo's running scorecard. */
    private static String firstProject() {
        JsonNode scorecard = DEMO.api("scorecard");
        String key = scorecard.at("/perspectives/0/objectives/0/key").asText();
        return key.substring(0, key.indexOf('-'));
    }

    private static JsonNode only(JsonNode list) {
        assertEquals(list.toString(), 1, list.size());
        return list.get(0);
    }

    private static List<String> keys(JsonNode perspectives) {
        List<String> keys = new ArrayList<>();
        perspectives.forEach(perspective -> keys.add(perspective.get("key").asText()));
        return keys;
    }
}
