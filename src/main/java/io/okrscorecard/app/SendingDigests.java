package io.okrscorecard.app;

import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.mail.Recipient;
import io.okrscorecard.core.port.OutgoingMail;
import io.okrscorecard.core.port.Recipients;
import io.okrscorecard.core.port.SentMailLedger;
import io.okrscorecard.core.port.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the weekly digests that are due: each subscription whose weekday and hour have come this week (in Jira's
 * default time zone) and whose digest of that day was not sent. Each digest is claimed in the cluster's sent-mail
 * ledger before it is computed, so that a rerun, a restart in the middle of a run or a second node never sends it
 * twice; a digest that could not be handed to the outgoing mail gives its claim back, so a later run sends it.
 */
public final class SendingDigests {
    private static final Logger LOG = LoggerFactory.getLogger(SendingDigests.class);

    private final SubscriptionRepository subscriptions;
    private final ComposingDigest composing;
    private final DigestMails mails;
    private final ScorecardPdf pdf;
    private final Recipients recipients;
    private final SentMailLedger ledger;
    private final OutgoingMail outgoing;
    private final ZoneId zone;

    /** @param clock its zone is Jira's default time zone, in which the subscriptions' hours are read */
    public SendingDigests(
            SubscriptionRepository subscriptions,
            ComposingDigest composing,
            DigestMails mails,
            ScorecardPdf pdf,
            Recipients recipients,
            SentMailLedger ledger,
            OutgoingMail outgoing,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.composing = composing;
        this.mails = mails;
        this.pdf = pdf;
        this.recipients = recipients;
        this.ledger = ledger;
        this.outgoing = outgoing;
        this.zone = clock.getZone();
    }

    /**
     * What one run did: the digests sent (by mail key), the subscribers Jira no longer knows as a recipient (skipped,
     * nothing claimed), the digests that failed for another reason (claim given back), and whether the run stopped
     * because no mail can go out.
     */
    public record Report(
            List<String> sent, List<String> unknownSubscribers, List<String> failed, boolean mailUnavailable) {
        public Report {
            sent = List.copyOf(sent);
            unknownSubscribers = List.copyOf(unknownSubscribers);
            failed = List.copyOf(failed);
        }
    }

    public Report sendDue(Instant now) {
        List<String> sent = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        if (!outgoing.available()) {
            return new Report(sent, unknown, failed, true);
        }
        for (Subscription subscription : subscriptions.all()) {
            Optional<LocalDate> day = subscription.schedule().dueDay(now, subscription.created(), zone);
            if (day.isEmpty()) {
                continue;
            }
            String mailKey = subscription.mailKey(day.get());
            Optional<Recipient> recipient = recipients.recipient(subscription.subscriberKey());
            if (recipient.isEmpty()) {
                LOG.warn(
                        "Weekly digest {} skipped: Jira knows no user {} with an email address",
                        mailKey,
                        subscription.subscriberKey());
                unknown.add(subscription.subscriberKey());
                continue;
            }
            if (!ledger.claim(mailKey, now)) {
                continue;
            }
            MailMessage message;
            try {
                message = message(subscription, day.get(), recipient.get());
            } catch (RuntimeException e) {
                ledger.release(mailKey);
                LOG.warn("Weekly digest {} not sent; a later run tries again: {}", mailKey, e.toString());
                failed.add(mailKey);
                continue;
            }
            try {
                outgoing.send(message);
            } catch (OutgoingMail.MailUnavailableException e) {
                ledger.release(mailKey);
                LOG.info("Weekly digests stop at {}: no mail can go out ({})", mailKey, e.getMessage());
                return new Report(sent, unknown, failed, true);
            }
            sent.add(mailKey);
        }
        return new Report(sent, unknown, failed, false);
    }

    private MailMessage message(Subscription subscription, LocalDate day, Recipient recipient) {
        Digest digest = composing.compose(subscription, day);
        DigestMails.Written written = mails.write(digest, recipient);
        byte[] report = pdf.render(
                digest.reading(),
                digest.map(),
                ComposingDigest.query(digest.subscription().scope()),
                recipient.locale());
        MailMessage.Attachment attachment = new MailMessage.Attachment(
                "okr-scorecard-" + digest.reading().cycle().id().value() + "-" + day + ".pdf",
                "application/pdf",
                report);
        return new MailMessage(
                recipient.emailAddress(), written.subject(), written.html(), written.text(), List.of(attachment));
    }
}
