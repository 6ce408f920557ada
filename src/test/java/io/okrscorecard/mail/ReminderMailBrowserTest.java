package io.okrscorecard.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.sandbox.mail.SandboxMailServer.ReceivedMail;
import io.okrscorecard.web.HeadlessChromium;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.Test;

/**
 * The HTML part of a reminder whose key result summary is hostile, as received over SMTP, opened in headless Chromium
 * as a mail client with scripts on would show it: the summary is text, no element of it exists and no script ran.
 */
public class ReminderMailBrowserTest {

    @Test
    public void aHostileSummaryInTheHtmlPartRunsNoScriptInABrowser() throws Exception {
        String html;
        try (ReminderWorld world = new ReminderWorld()) {
            world.reminders().send();
            ReceivedMail alice =
                    CheckInRemindersByMailTest.byRecipient(world.received()).get("alice@example.com");
            html = alice.html();
        }
        try (HeadlessChromium chromium = HeadlessChromium.start(1000, 800)) {
            chromium.driver()
                    .get("data:text/html;charset=utf-8;base64,"
                            + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
            Object xss = chromium.js()
                    .executeAsyncScript("var done = arguments[arguments.length - 1]; var probe = new Image();"
                            + " probe.onerror = probe.onload = function () { done(String(window.__xss)); };"
                            + " probe.src = 'x';");

            assertEquals("undefined", xss);
            assertEquals(0L, chromium.js().executeScript("return document.querySelectorAll('img, script').length;"));
            assertTrue(String.valueOf(chromium.js().executeScript("return document.body.textContent;"))
                    .contains(ReminderWorld.HOSTILE_SUMMARY));
            chromium.screenshot("reminder-mail");
        }
    }
}
