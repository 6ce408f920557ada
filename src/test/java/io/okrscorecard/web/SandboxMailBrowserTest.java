package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.sandbox.mail.OutboxPage;
import io.okrscorecard.sandbox.mail.SandboxMailServer.ReceivedMail;
import io.okrscorecard.sandbox.server.DemoSandbox;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.AdminPage;
import io.okrscorecard.sandbox.web.NotificationsPage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox's mail loop in headless Chromium: the admin page says mail works, "send now" sends the demo's due
 * reminders, the outbox lists them and shows one as its recipient sees it, and the mail's link opens the page where
 * the signed-in user turns reminders off. Screenshots: target/screenshots/sandbox-mail-*.png.
 */
public class SandboxMailBrowserTest {
    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("sandbox-mail", 1280, 1600);

    private final ChromeDriver driver = CHROMIUM.driver();

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    @Test
    public void sendNowOnTheAdminPageFillsTheOutboxAndTheMailsLinkTurnsRemindersOff() throws IOException {
        Map<String, String> texts = DEMO.sandbox().texts().withPrefixes(List.of("okr.admin.", "okr.notifications."));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        DEMO.actAs(driver, Persona.ADMIN);

        driver.get(DEMO.origin() + AdminPage.PATH);
        By mailState = By.cssSelector("#okr-admin-notifications .aui-message");
        wait.until(ExpectedConditions.textToBe(mailState, texts.get("okr.admin.notifications.mail-available")));
        driver.findElement(
                        By.xpath("//button[normalize-space()='" + texts.get("okr.admin.notifications.send-now") + "']"))
                .click();
        By result = By.cssSelector(".okr-admin-notifications-result");
        wait.until(ExpectedConditions.textMatches(
                result, java.util.regex.Pattern.compile(texts.get("okr.admin.notifications.sent") + " [1-9]")));
        CHROMIUM.screenshot("sandbox-mail-admin");

        List<ReceivedMail> mails = DEMO.sandbox().mailServer().received();
        assertTrue("the demo's late owners got reminders", !mails.isEmpty());
        driver.get(DEMO.origin() + OutboxPage.PATH);
        assertEquals(
                mails.size(),
                driver.findElements(By.cssSelector("#okr-outbox tbody tr")).size());
        CHROMIUM.screenshot("sandbox-mail-outbox");

        driver.get(DEMO.origin() + OutboxPage.PATH + "/1");
        assertEquals("", driver.findElement(By.id("okr-outbox-html")).getDomAttribute("sandbox"));
        driver.switchTo().frame(driver.findElement(By.id("okr-outbox-html")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("table")));
        String link = driver.findElement(By.xpath("//a[contains(@href, '" + NotificationsPage.PATH + "')]"))
                .getDomAttribute("href");
        driver.switchTo().defaultContent();
        CHROMIUM.screenshot("sandbox-mail-reminder");

        driver.get(link);
        By toggle = By.id("okr-notifications-toggle");
        wait.until(ExpectedConditions.textToBe(toggle, texts.get("okr.notifications.reminders.turn-off")));
        driver.findElement(toggle).click();
        wait.until(ExpectedConditions.textToBe(toggle, texts.get("okr.notifications.reminders.turn-on")));
        CHROMIUM.screenshot("sandbox-mail-notifications");
        assertEquals(false, DEMO.api("me/notifications").get("reminders").asBoolean());
    }
}
