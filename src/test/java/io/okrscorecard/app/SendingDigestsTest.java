package io.okrscorecard.app;

import static io.okrscorecard.app.DigestWorld.MIA;
import static io.okrscorecard.app.DigestWorld.PMO;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.app.DigestFakes.FakePdf;
import io.okrscorecard.app.DigestFakes.InMemoryLedger;
import io.okrscorecard.app.DigestFakes.InMemorySubscriptions;
import io.okrscorecard.app.DigestFakes.KnownRecipients;
import io.okrscorecard.app.DigestFakes.PlainMails;
import io.okrscorecard.app.DigestFakes.RecordingMail;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.mail.MailMessage;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.Test;

public class SendingDigestsTest {
    /** Created before the week of the tests. */
    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");
    /** Monday 16 November 2026, 09:30 UTC. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-16T09:30:00Z");

    private final DigestWorld world = new DigestWorld();
    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private final RecordingMail mail = new RecordingMail();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final FakePdf pdf = new FakePdf();
    private final KnownRecipients recipients =
            new KnownRecipients().with(MIA, "Mia Member", Locale.GERMAN).with(PMO, "Pat PMO", Locale.ENGLISH);
    private final SendingDigests sending = new SendingDigests(
            subscriptions, world.composing, new PlainMails(), pdf, recipients, ledger, mail, DigestWorld.CLOCK);

    @Test
    public void aDueDigestIsSentOnceToTheSubscriberWithTheReportAttached() {
        subscribe(MIA, DayOfWeek.MONDAY, 9);

        SendingDigests.Report first = sending.sendDue(MONDAY_MORNING);
        SendingDigests.Report again = sending.sendDue(MONDAY_MORNING.plusSeconds(3600));

        assertEquals(List.of("digest:1:2026-11-16"), first.sent());
        assertEquals(List.of(), again.sent());
        assertEquals(1, mail.sent.size());
        MailMessage message = mail.sent.get(0);
        assertEquals("jiraUSER10002".toLowerCase(Locale.ROOT) + "@example.com", message.to());
        assertEquals("Digest 2026-Q4 for Mia Member", message.subject());
        MailMessage.Attachment report = message.attachments().get(0);
        assertEquals("okr-scorecard-2026-Q4-2026-11-16.pdf", report.fileName());
        assertEquals("application/pdf", report.contentType());
        assertEquals("%PDF-fake 2026-Q4 O-1 O-2 O-4 O-5 de", new String(report.content(), StandardCharsets.UTF_8));
    }

    @Test
    public void aDigestWhoseHourHasNotComeWaits() {
        subscribe(MIA, DayOfWeek.MONDAY, 10);
        subscribe(PMO, DayOfWeek.TUESDAY, 0);

        SendingDigests.Report report = sending.sendDue(MONDAY_MORNING);

        assertEquals(List.of(), report.sent());
        assertTrue(mail.sent.isEmpty());
        assertTrue(ledger.claimed.isEmpty());
    }

    @Test
    public void eachSubscriptionGetsItsOwnDigestComputedAsItsSubscriber() {
        subscribe(MIA, DayOfWeek.MONDAY, 8);
        subscribe(PMO, DayOfWeek.MONDAY, 8);

        sending.sendDue(MONDAY_MORNING);

        assertEquals(2, mail.sent.size());
        assertEquals("O-1 O-5 ", mail.sent.get(0).text());
        assertEquals("O-1 O-3 O-5 ", mail.sent.get(1).text());
    }

    @Test
    public void unavailableMailGivesTheClaimBackAndStopsSoALaterRunSendsIt() {
        subscribe(MIA, DayOfWeek.MONDAY, 8);
        subscribe(PMO, DayOfWeek.MONDAY, 8);
        mail.failAfter = 1;

        SendingDigests.Report stopped = sending.sendDue(MONDAY_MORNING);

        assertTrue(stopped.mailUnavailable());
        assertEquals(List.of("digest:1:2026-11-16"), stopped.sent());
        assertEquals(List.of("digest:2:2026-11-16"), ledger.released);
        mail.failAfter = -1;
        SendingDigests.Report later = sending.sendDue(MONDAY_MORNING.plusSeconds(600));
        assertEquals(List.of("digest:2:2026-11-16"), later.sent());
        assertEquals(2, mail.sent.size());
    }

    @Test
    public void withNoMailAvailableNothingIsClaimedOrComputed() {
        subscribe(MIA, DayOfWeek.MONDAY, 8);
        mail.unavailable = true;

        SendingDigests.Report report = sending.sendDue(MONDAY_MORNING);

        assertTrue(report.mailUnavailable());
        assertTrue(ledger.claimed.isEmpty());
        assertTrue(pdf.rendered.isEmpty());
    }

    @Test
    public void aSubscriberJiraNoLongerKnowsIsSkippedAndReportedAndTheOthersStillGetTheirs() {
        subscribe("JIRAUSER99999", DayOfWeek.MONDAY, 8);
        subscribe(PMO, DayOfWeek.MONDAY, 8);

        SendingDigests.Report report = sending.sendDue(MONDAY_MORNING);

        assertEquals(List.of("JIRAUSER99999"), report.unknownSubscribers());
        assertEquals(List.of("digest:2:2026-11-16"), report.sent());
        assertFalse(ledger.claimed.contains("digest:1:2026-11-16"));
    }

    @Test
    public void aDigestThatCannotBeComputedGivesItsClaimBackAndTheRunGoesOn() {
        subscriptions.add(
                MIA,
                new DigestScope(List.of(), Optional.of(404L), List.of()),
                new DigestSchedule(DayOfWeek.MONDAY, 8),
                CREATED);
        subscribe(PMO, DayOfWeek.MONDAY, 8);

        SendingDigests.Report report = sending.sendDue(MONDAY_MORNING);

        assertEquals(List.of("digest:1:2026-11-16"), report.failed());
        assertEquals(List.of("digest:2:2026-11-16"), report.sent());
        assertEquals(List.of("digest:1:2026-11-16"), ledger.released);
    }

    @Test
    public void aDigestClaimedByAnotherNodeIsNotSentHere() {
        subscribe(MIA, DayOfWeek.MONDAY, 8);
        ledger.claim("digest:1:2026-11-16", MONDAY_MORNING);

        SendingDigests.Report report = sending.sendDue(MONDAY_MORNING);

        assertEquals(List.of(), report.sent());
        assertTrue(mail.sent.isEmpty());
    }

    private void subscribe(String subscriber, DayOfWeek weekday, int hour) {
        subscriptions.add(subscriber, DigestScope.everything(), new DigestSchedule(weekday, hour), CREATED);
    }
}
