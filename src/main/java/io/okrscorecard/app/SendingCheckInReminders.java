package io.okrscorecard.app;

import io.okrscorecard.core.Person;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.mail.Recipient;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.NotificationPreferences;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.OutgoingMail;
import io.okrscorecard.core.port.OutgoingMail.MailUnavailableException;
import io.okrscorecard.core.port.Recipients;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SentMailLedger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The check-in reminders of a day: one mail per person listing every METRIC key result of a running cycle on which
 * their check-in is due ({@link CheckInCadence#dueSince}, as the scorecard marks it), sent to the key result's assignee,
 * else to its objective's owner; nothing for people who turned reminders off.
 *
 * <p>At most once per person and day across the cluster ({@code docs/adr/0015}): the mail {@code
 * reminder:<userKey>:<day>} is claimed in the {@link SentMailLedger} before it is handed to the outgoing mail, so a
 * second run, a second node or a run after a restart skips it. When the hand-over fails, nothing was queued: the claim
 * is released and the run stops, so a later run sends it. Without outgoing mail nothing is claimed at all.
 */
public final class SendingCheckInReminders {

    private final ScorecardSettingsRepository settings;
    private final ObjectiveSource objectives;
    private final Recipients recipients;
    private final NotificationPreferences preferences;
    private final SentMailLedger ledger;
    private final OutgoingMail mail;
    private final ReminderMails mails;
    private final Clock clock;

    public SendingCheckInReminders(
            ScorecardSettingsRepository settings,
            ObjectiveSource objectives,
            Recipients recipients,
            NotificationPreferences preferences,
            SentMailLedger ledger,
            OutgoingMail mail,
            ReminderMails mails,
            Clock clock) {
        this.settings = settings;
        this.objectives = objectives;
        this.recipients = recipients;
        this.preferences = preferences;
        this.ledger = ledger;
        this.mail = mail;
        this.mails = mails;
        this.clock = clock;
    }

    /** The ledger key of a person's reminder of a day. */
    static String mailKey(String userKey, LocalDate day) {
        return "reminder:" + userKey + ":" + day;
    }

    public ReminderRun send() {
        if (!mail.available()) {
            return ReminderRun.mailUnavailable();
        }
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        int alreadySent = 0;
        int turnedOff = 0;
        int unreachable = 0;
        for (Map.Entry<String, List<DueCheckIn>> person : dueByPerson(today).entrySet()) {
            if (Thread.currentThread().isInterrupted()) {
                return new ReminderRun(true, sent, alreadySent, turnedOff, unreachable, false);
            }
            String userKey = person.getKey();
            if (!preferences.remindersOn(userKey)) {
                turnedOff++;
                continue;
            }
            Optional<Recipient> recipient = recipients.recipient(userKey);
            if (recipient.isEmpty()) {
                unreachable++;
                continue;
            }
            MailMessage message = mails.reminder(recipient.get(), person.getValue());
            String mailKey = mailKey(userKey, today);
            if (!ledger.claim(mailKey, clock.instant())) {
                alreadySent++;
                continue;
            }
            try {
                mail.send(message);
            } catch (MailUnavailableException e) {
                ledger.release(mailKey);
                return new ReminderRun(true, sent, alreadySent, turnedOff, unreachable, false);
            } catch (RuntimeException e) {
                ledger.release(mailKey);
                throw e;
            }
            sent++;
        }
        return new ReminderRun(true, sent, alreadySent, turnedOff, unreachable, true);
    }

    /** Every person with due key results (by user key), their key results in cycle, objective and key result order. */
    private Map<String, List<DueCheckIn>> dueByPerson(LocalDate today) {
        CheckInCadence cadence = settings.appSettings().checkInCadence();
        Map<String, List<DueCheckIn>> byPerson = new TreeMap<>();
        if (cadence.interval() == CheckInCadence.Interval.OFF) {
            return byPerson;
        }
        for (Cycle cycle : settings.cycles()) {
            if (today.isBefore(cycle.start()) || today.isAfter(cycle.end())) {
                continue;
            }
            for (Objective objective : objectives.objectivesIn(cycle.id())) {
                for (KeyResult keyResult : objective.keyResults()) {
                    Person to = keyResult.assignee() != null ? keyResult.assignee() : objective.owner();
                    if (to == null) {
                        continue;
                    }
                    cadence.dueSince(keyResult, cycle, today, clock.getZone())
                            .ifPresent(since -> byPerson.computeIfAbsent(to.key(), key -> new ArrayList<>())
                                    .add(DueCheckIn.of(keyResult, objective, since)));
                }
            }
        }
        return byPerson;
    }
}
