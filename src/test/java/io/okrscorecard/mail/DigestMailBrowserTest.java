package io.okrscorecard.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.app.Digest;
import io.okrscorecard.app.DigestMails;
import io.okrscorecard.app.DigestWorld;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.SubscriptionId;
import io.okrscorecard.core.mail.Recipient;
import io.okrscorecard.web.ChromiumRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The digest mail's HTML part as a mail client shows it, in headless Chromium (skipped where it is not installed): the
 * hostile summary of {@link DigestWorld} is shown as text and runs nothing. Screenshot: target/screenshots/digest-mail.png.
 */
public class DigestMailBrowserTest {
    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("digest", 900, 1400);

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    private final ChromeDriver driver = CHROMIUM.driver();

    @Test
    public void theHtmlPartShowsAHostileSummaryAsTextAndRunsNoScript() throws IOException {
        DigestWorld world = new DigestWorld();
        Digest digest = world.composing.compose(
                new Subscription(
                        new SubscriptionId(1),
                        DigestWorld.PMO,
                        DigestScope.everything(),
                        new DigestSchedule(DayOfWeek.MONDAY, 8),
                        Instant.parse("2026-10-01T00:00:00Z")),
                DigestWorld.MONDAY);
        DigestMails.Written mail = new VelocityDigestMails(
                        DigestMailsTest.velocity(), DigestMailsTest.i18n(), DigestMailsTest.application())
                .write(digest, new Recipient(new Person(DigestWorld.PMO, "Pat PMO"), "pat@example.com", Locale.UK));

        driver.get("data:text/html;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(mail.html().getBytes(StandardCharsets.UTF_8)));
        CHROMIUM.screenshot("digest-mail");

        String shown = driver.findElement(By.tagName("body")).getText();
        assertTrue(shown, shown.contains(DigestWorld.HOSTILE_SUMMARY));
        assertEquals(List.of(), driver.findElements(By.cssSelector("body script, li b")));
        assertThrows("the summary's alert() never ran", NoAlertPresentException.class, () -> driver.switchTo()
                .alert());
        assertEquals(List.of(), CHROMIUM.consoleErrors());
        assertEquals("Weekly OKR digest: 2026-Q4", driver.getTitle());
    }
}
