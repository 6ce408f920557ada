package io.okrscorecard.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.app.ReminderRun;
import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.port.OutgoingMail;
import io.okrscorecard.sandbox.mail.SandboxMailServer.ReceivedMail;
import io.okrscorecard.store.SentMailEntity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

/**
 * The check-in reminders of a day through a real SMTP server (GreenMail on 127.0.0.1), with the real store on H2 and
 * the mail written by the real template under Jira's escaping rule ({@link ReminderWorld}).
 */
public class CheckInRemindersByMailTest {

    private final ReminderWorld world = new ReminderWorld();

    @After
    public void close() {
        world.close();
    }

    @Test
    public void eachPersonWithDueKeyResultsGetsOneMailListingAllOfThemAndNobodyElseGetsAny() {
        ReminderRun run = world.reminders().send();

        Map<String, ReceivedMail> byRecipient = byRecipient(world.received());
        assertEquals(List.of("alice@example.com", "bob@example.com"), List.copyOf(byRecipient.keySet()));
        assertEquals(new ReminderRun(true, 2, 0, 1, 1, true), run);

        ReceivedMail alice = byRecipient.get("alice@example.com");
        assertEquals("OKR check-in due: 2 key results", alice.subject());
        assertTrue(alice.contentType(), alice.contentType().startsWith("multipart/mixed"));
        for (String part : List.of(alice.text(), alice.html())) {
            assertTrue(part, part.contains("KR-1"));
            assertTrue(part, part.contains("KR-6"));
            assertFalse("checked in yesterday: " + part, part.contains("KR-3"));
            assertFalse("a work key result is never due: " + part, part.contains("KR-4"));
            assertTrue(part, part.contains(ReminderWorld.BASE_URL + "/browse/KR-1"));
            assertTrue(part, part.contains(ReminderWorld.BASE_URL + TemplateReminderMails.PREFERENCES_PATH));
        }
        assertTrue(alice.text(), alice.text().contains("Hello Alice Example,"));
        assertTrue(alice.text(), alice.text().contains("Last value: 80 customers"));
        assertTrue(alice.text(), alice.text().contains("Confidence: At risk"));
        assertTrue(alice.text(), alice.text().contains("Due since: Nov 27, 2026"));
        assertTrue(alice.html(), alice.html().contains("<a href=\"https://jira.example.com/browse/KR-1\">KR-1</a>"));
        assertEquals(List.of(), alice.attachments());
    }

    @Test
    public void aKeyResultWithoutAssigneeRemindsTheObjectivesOwnerInTheOwnersLanguage() {
        world.reminders().send();

        ReceivedMail bob = byRecipient(world.received()).get("bob@example.com");
        assertEquals("OKR-Check-in fällig: 1 Key Result", bob.subject());
        assertTrue(bob.text(), bob.text().contains("Hallo Bob Example,"));
        assertTrue(bob.text(), bob.text().contains("KR-2 NPS über 40"));
        assertTrue(bob.text(), bob.text().contains("Zuversicht: Noch kein Check-in"));
        assertTrue(bob.html(), bob.html().contains("NPS über 40"));
    }

    @Test
    public void aSecondRunTheSameDaySendsNoSecondMail() {
        world.reminders().send();

        ReminderRun again = world.reminders().send();

        assertEquals(new ReminderRun(true, 0, 2, 1, 1, true), again);
        assertEquals(2, world.received().size());
        assertEquals(2, world.store.countOf(SentMailEntity.class));
    }

    @Test
    public void withoutOutgoingMailNothingIsClaimedAndTheNextRunThatCanSendSendsTheDaysReminders() {
        OutgoingMail working = world.outgoingMail;
        world.outgoingMail = new OutgoingMail() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public void send(MailMessage message) {
                throw new AssertionError("nothing is handed over while mail is not available");
            }
        };

        assertEquals(
                new ReminderRun(false, 0, 0, 0, 0, false), world.reminders().send());
        assertEquals(0, world.store.countOf(SentMailEntity.class));

        world.outgoingMail = working;
        assertEquals(2, world.reminders().send().sent());
        assertEquals(2, world.received().size());
    }

    @Test
    public void aRunKilledBetweenTwoRecipientsAndRunAgainLeavesEveryoneWithExactlyOneMail() {
        OutgoingMail working = world.outgoingMail;
        AtomicInteger sends = new AtomicInteger();
        world.outgoingMail = failingOn(2, working, sends, new IllegalStateException("node killed mid-run"));

        assertThrows(IllegalStateException.class, () -> world.reminders().send());
        assertEquals(1, world.received().size());

        world.outgoingMail = working;
        ReminderRun again = world.reminders().send();

        assertEquals(new ReminderRun(true, 1, 1, 1, 1, true), again);
        Map<String, Integer> counts = new TreeMap<>();
        world.received().forEach(mail -> counts.merge(mail.to().get(0), 1, Integer::sum));
        assertEquals(Map.of("alice@example.com", 1, "bob@example.com", 1), counts);
    }

    @Test
    public void mailThatStopsMidRunReleasesTheUnsentClaimAndALaterRunSendsIt() {
        OutgoingMail working = world.outgoingMail;
        AtomicInteger sends = new AtomicInteger();
        world.outgoingMail =
                failingOn(2, working, sends, new OutgoingMail.MailUnavailableException("the SMTP server went away"));

        ReminderRun stopped = world.reminders().send();

        assertEquals(new ReminderRun(true, 1, 0, 0, 0, false), stopped);
        assertEquals(1, world.store.countOf(SentMailEntity.class));
        world.outgoingMail = working;
        assertEquals(1, world.reminders().send().sent());
        assertEquals(2, world.received().size());
    }

    @Test
    public void anInterruptedRunStopsBeforeTheNextRecipientAndTheNextRunGoesOn() {
        Thread.currentThread().interrupt();
        ReminderRun interrupted;
        try {
            interrupted = world.reminders().send();
        } finally {
            Thread.interrupted();
        }

        assertFalse(interrupted.complete());
        assertEquals(0, world.received().size());
        assertEquals(2, world.reminders().send().sent());
    }

    @Test
    public void aHostileSummaryIsEscapedInTheHtmlPartAndPlainInTheTextPart() {
        world.reminders().send();

        ReceivedMail alice = byRecipient(world.received()).get("alice@example.com");
        assertFalse(alice.html(), alice.html().contains("<script>"));
        assertFalse(alice.html(), alice.html().contains("<img"));
        assertTrue(alice.html(), alice.html().contains("&lt;script&gt;window.__xss=2&lt;/script&gt;Win"));
        assertTrue(alice.text(), alice.text().contains(ReminderWorld.HOSTILE_SUMMARY));
    }

    /** The outgoing mail, failing with {@code failure} on the {@code n}th send (nothing handed over then). */
    static OutgoingMail failingOn(int n, OutgoingMail delegate, AtomicInteger sends, RuntimeException failure) {
        return new OutgoingMail() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void send(MailMessage message) {
                if (sends.incrementAndGet() == n) {
                    throw failure;
                }
                delegate.send(message);
            }
        };
    }

    static Map<String, ReceivedMail> byRecipient(List<ReceivedMail> mails) {
        Map<String, ReceivedMail> byRecipient = new TreeMap<>();
        for (ReceivedMail mail : mails) {
            assertEquals(mail.to().toString(), 1, mail.to().size());
            ReceivedMail earlier = byRecipient.put(mail.to().get(0), mail);
            assertEquals("one mail per person: " + mail.to(), null, earlier);
        }
        return byRecipient;
    }
}
