package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.sandbox.server.DemoSandbox;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.AdminPage;
import io.okrscorecard.sandbox.web.Aui;
import io.okrscorecard.sandbox.web.DashboardPage;
import io.okrscorecard.sandbox.web.IssuePage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
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
 * The real AUI on the sandbox's stand-in pages, in headless Chromium (skipped where it is not installed) against the
 * real sandbox with the AUI the build fetched ({@link Aui}; skipped where the build could not fetch it, failed instead
 * when {@code OKR_REQUIRE_AUI=true}, as on CI): each page loads AUI 10 as Jira does and runs without a script error, and
 * the admin page has AUI's look (screenshot: target/screenshots/sandbox-admin-aui.png). The other browser tests run on
 * the same pages, so a clash between the app and AUI shows up there too.
 */
public class AuiBrowserTest {
    private static final Aui AUI = Aui.fromClasspath();

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox(options -> options.withAui(AUI));

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("aui", 1280, 1600);

    private final ChromeDriver driver = CHROMIUM.driver();
    private WebDriverWait wait;

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    @BeforeClass
    public static void requireTheFetchedAui() {
        if ("true".equalsIgnoreCase(System.getenv("OKR_REQUIRE_AUI"))) {
            assertTrue("OKR_REQUIRE_AUI=true but the build fetched no AUI (see its output)", AUI.present());
        }
        Assume.assumeTrue("needs the AUI the build fetches with npm (" + Aui.FETCH_COMMAND + ")", AUI.present());
        assertEquals("", DEMO.sandbox().missingLook());
    }

    @Before
    public void actAsTheAdministrator() {
        DEMO.actAs(driver, Persona.ADMIN);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        CHROMIUM.consoleErrors();
    }

    @Test
    public void adminPageRunsOnAui10WithItsLookAndNoScriptError() throws IOException {
        driver.get(DEMO.origin() + AdminPage.PATH);
        WebElement save = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#okr-admin-perspectives .aui-button-primary")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".okr-admin-loading")));

        assertAuiAndJQueryLoaded();
        // AUI's .aui-button rule: border-radius 3.01px, height 2.14285714em of 14px; the browser's own button has
        // neither
        assertEquals("3.01px", save.getCssValue("border-top-left-radius"));
        assertEquals("30px", save.getCssValue("height"));
        assertNotEquals(
                "AUI's primary button is filled, the browser's is grey",
                plainButtonBackground(),
                save.getCssValue("background-color"));
        WebElement table = driver.findElement(By.cssSelector("#okr-admin-perspectives table.aui"));
        assertEquals("AUI's tables are collapsed and full width", "collapse", table.getCssValue("border-collapse"));
        WebElement select = driver.findElement(By.cssSelector("#okr-admin-settings select.select"));
        assertEquals("AUI styles the form's selects", "3.01px", select.getCssValue("border-top-left-radius"));
        WebElement selected = driver.findElement(By.cssSelector(".aui-page-panel-nav .aui-nav-selected a"));
        assertEquals(AdminPage.PATH, selected.getDomAttribute("href"));
        assertEquals(List.of(), CHROMIUM.consoleErrors());
        CHROMIUM.screenshot("sandbox-admin-aui");
    }

    @Test
    public void dashboardRunsTheGadgetOnAui10WithNoScriptError() {
        driver.get(DEMO.origin() + DashboardPage.PATH);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".okr-gadget [data-perspective]")));

        assertAuiAndJQueryLoaded();
        assertEquals(List.of(), CHROMIUM.consoleErrors());
    }

    @Test
    public void issueViewRunsThePanelOnAui10WithNoScriptError() {
        driver.get(DEMO.origin() + IssuePage.PATH + "OKR-1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("okr-issue-panel")));

        assertAuiAndJQueryLoaded();
        assertEquals(List.of(), CHROMIUM.consoleErrors());
    }

    /** AUI's own AJS (its version 10), on jQuery 3, with the context path Jira's web resource manager gives. */
    private void assertAuiAndJQueryLoaded() {
        @SuppressWarnings("unchecked")
        Map<String, Object> loaded = (Map<String, Object>) CHROMIUM.js()
                .executeScript("return {aui: window.AJS && window.AJS.version,"
                        + " jquery: window.jQuery && window.jQuery.fn.jquery,"
                        + " contextPath: window.AJS && typeof window.AJS.contextPath === 'function'"
                        + " ? window.AJS.contextPath() : null,"
                        + " i18n: window.AJS && window.AJS.I18n && typeof window.AJS.I18n.getText};");
        assertNotNull(loaded.get("aui"));
        assertTrue(loaded.toString(), loaded.get("aui").toString().startsWith("10."));
        assertTrue(loaded.toString(), loaded.get("jquery").toString().startsWith("3."));
        assertEquals("", loaded.get("contextPath"));
        assertEquals("function", loaded.get("i18n"));
    }

    private String plainButtonBackground() {
        return (String) CHROMIUM.js()
                .executeScript("var plain = document.createElement('button'); document.body.appendChild(plain);"
                        + " var colour = getComputedStyle(plain).backgroundColor; plain.remove(); return colour;");
    }
}
