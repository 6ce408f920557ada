package io.okrscorecard.app;

import io.okrscorecard.core.Person;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.SubscriptionId;
import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.mail.Recipient;
import io.okrscorecard.core.port.OutgoingMail;
import io.okrscorecard.core.port.Recipients;
import io.okrscorecard.core.port.SentMailLedger;
import io.okrscorecard.core.port.SubscriptionRepository;
import io.okrscorecard.core.strategymap.StrategyMap;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Recording fakes of the ports the sending of digests uses. */
final class DigestFakes {
    private DigestFakes() {}

    /** Subscriptions in memory, with ids from 1. */
    static final class InMemorySubscriptions implements SubscriptionRepository {
        private final TreeMap<Long, Subscription> rows = new TreeMap<>();

        @Override
        public synchronized Subscription add(
                String subscriberKey, DigestScope scope, DigestSchedule schedule, Instant created) {
            if (of(subscriberKey).size() >= Subscription.MAX_PER_USER) {
                throw new ValidationException("subscriptions", "too many");
            }
            long id = rows.isEmpty() ? 1 : rows.lastKey() + 1;
            Subscription subscription =
                    new Subscription(new SubscriptionId(id), subscriberKey, scope, schedule, created);
            rows.put(id, subscription);
            return subscription;
        }

        @Override
        public synchronized List<Subscription> of(String subscriberKey) {
            return rows.values().stream()
                    .filter(subscription -> subscription.subscriberKey().equals(subscriberKey))
                    .toList();
        }

        @Override
        public synchronized List<Subscription> all() {
            return List.copyOf(rows.values());
        }

        @Override
        public synchronized Optional<Subscription> find(SubscriptionId id) {
            return Optional.ofNullable(rows.get(id.value()));
        }

        @Override
        public synchronized boolean delete(SubscriptionId id) {
            return rows.remove(id.value()) != null;
        }
    }

    /** Keeps every mail handed over; unavailable while {@link #unavailable} is set (then it throws, as Jira's would). */
    static final class RecordingMail implements OutgoingMail {
        final List<MailMessage> sent = new ArrayList<>();
        volatile boolean unavailable;
        /** Becomes unavailable after this many mails were handed over; negative: never. */
        volatile int failAfter = -1;

        @Override
        public boolean available() {
            return !unavailable;
        }

        @Override
        public synchronized void send(MailMessage message) {
            if (unavailable || failAfter == sent.size()) {
                throw new MailUnavailableException("no SMTP server");
            }
            sent.add(message);
        }
    }

    /** Claims kept in memory; remembers what was released. */
    static final class InMemoryLedger implements SentMailLedger {
        final Set<String> claimed = new LinkedHashSet<>();
        final List<String> released = new ArrayList<>();

        @Override
        public synchronized boolean claim(String mailKey, Instant at) {
            return claimed.add(mailKey);
        }

        @Override
        public synchronized void release(String mailKey) {
            claimed.remove(mailKey);
            released.add(mailKey);
        }
    }

    /** Users with an address at example.com and a language each; unknown users are absent. */
    static final class KnownRecipients implements Recipients {
        final Map<String, Recipient> known = new HashMap<>();

        KnownRecipients with(String userKey, String displayName, Locale locale) {
            known.put(
                    userKey,
                    new Recipient(
                            new Person(userKey, displayName),
                            userKey.toLowerCase(Locale.ROOT) + "@example.com",
                            locale));
            return this;
        }

        @Override
        public Optional<Recipient> recipient(String userKey) {
            return Optional.ofNullable(known.get(userKey));
        }
    }

    /** A "PDF" naming the cycle, the visible objectives and the locale, so a test can tell what it was made of. */
    static final class FakePdf implements ScorecardPdf {
        final List<ScorecardReading> rendered = new ArrayList<>();

        @Override
        public synchronized byte[] render(
                ScorecardReading reading, StrategyMap map, ScorecardQuery scope, Locale locale) {
            rendered.add(reading);
            StringBuilder text =
                    new StringBuilder("%PDF-fake ").append(reading.cycle().id().value());
            reading.objectives().forEach(objective -> text.append(' ')
                    .append(objective.key().value()));
            return text.append(' ').append(locale).toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Writes the digest's keys in plain words: subject with the cycle, parts with the status changes. */
    static final class PlainMails implements DigestMails {
        @Override
        public Written write(Digest digest, Recipient recipient) {
            StringBuilder body = new StringBuilder();
            digest.statusChanges()
                    .forEach(line -> body.append(line.objective().key().value()).append(' '));
            return new Written(
                    "Digest " + digest.reading().cycle().id().value() + " for "
                            + recipient.person().displayName(),
                    "<p>" + body + "</p>",
                    body.toString());
        }
    }
}
