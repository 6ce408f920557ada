package io.okrscorecard.mail;

import io.okrscorecard.app.SendingCheckInReminders;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.mail.Recipient;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.OutgoingMail;
import io.okrscorecard.sandbox.mail.SandboxMailServer;
import io.okrscorecard.sandbox.web.JiraStandIns;
import io.okrscorecard.sandbox.web.PluginTexts;
import io.okrscorecard.sandbox.web.VelocityTemplateRenderer;
import io.okrscorecard.store.H2Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Jira with due check-ins, the real store on H2 and a real SMTP server: on 2026-12-04 (weekly cadence, Q4 running)
 * Alice is due on KR-1 and KR-6 (assigned to her), Bob on KR-2 (unassigned, his objective), Dave on KR-5 (but he turned
 * reminders off); KR-3 was checked in yesterday and KR-4 measures work, so nobody is due on them; Erin is due on KR-7
 * but Jira has no address for her. Its parts are fields so that a test can replace the outgoing mail.
 */
final class ReminderWorld implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String BASE_URL = "https://jira.example.com";
    static final String HOSTILE_SUMMARY = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>Win";

    static final Person ALICE = new Person("JIRAUSER10100", "Alice Example");
    static final Person BOB = new Person("JIRAUSER10200", "Bob Example");
    static final Person CAROL = new Person("JIRAUSER10300", "Carol Example");
    static final Person DAVE = new Person("JIRAUSER10400", "Dave Example");
    static final Person ERIN = new Person("JIRAUSER10500", "Erin Example");

    final H2Store store = H2Store.fresh("mail");
    final SandboxMailServer smtp = SandboxMailServer.start();
    final Map<String, Recipient> recipients = new HashMap<>();
    final List<Objective> objectives = new ArrayList<>();
    final Cycle q4 = new Cycle(CycleId.of("2026-Q4"), "Q4 2026", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    OutgoingMail outgoingMail = smtp.outgoingMail();

    ReminderWorld() {
        store.settings.saveCycle(q4);
        recipients.put(ALICE.key(), new Recipient(ALICE, "alice@example.com", Locale.ENGLISH));
        recipients.put(BOB.key(), new Recipient(BOB, "bob@example.com", Locale.GERMAN));
        recipients.put(CAROL.key(), new Recipient(CAROL, "carol@example.com", Locale.ENGLISH));
        recipients.put(DAVE.key(), new Recipient(DAVE, "dave@example.com", Locale.ENGLISH));
        store.notificationPreferences.setRemindersOn(DAVE.key(), false);
        objectives.add(objective(
                1,
                "O-1",
                "Grow revenue",
                ALICE,
                List.of(
                        metric(11, "KR-1", "Reach 120 customers", ALICE, checkIn(LocalDate.of(2026, 11, 20), 80.0)),
                        metric(13, "KR-3", "Cut churn", ALICE, checkIn(LocalDate.of(2026, 12, 3), 4.0)),
                        KeyResult.work(KeyResultId.of(14), IssueKey.of("KR-4"), "Ship billing", Weight.ONE)
                                .withAssignee(CAROL),
                        metric(16, "KR-6", HOSTILE_SUMMARY, ALICE, null))));
        objectives.add(objective(
                2,
                "O-2",
                "Happy customers",
                BOB,
                List.of(
                        metric(12, "KR-2", "NPS über 40", null, null),
                        metric(15, "KR-5", "Support in 4 h", DAVE, null),
                        metric(17, "KR-7", "Ten case studies", ERIN, null))));
    }

    /** The use case as the job and "send now" run it, over this world's current outgoing mail. */
    SendingCheckInReminders reminders() {
        ObjectiveSource source = new ObjectiveSource() {
            @Override
            public Optional<Objective> objective(ObjectiveId id) {
                return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
            }

            @Override
            public List<Objective> objectivesIn(CycleId cycle) {
                return objectives.stream().filter(o -> o.cycle().equals(cycle)).toList();
            }

            @Override
            public List<Objective> objectivesMeasuredBy(Collection<KeyResultId> keyResults) {
                return List.of();
            }
        };
        return new SendingCheckInReminders(
                store.settings,
                source,
                userKey -> Optional.ofNullable(recipients.get(userKey)),
                store.notificationPreferences,
                store.sentMail,
                outgoingMail,
                new TemplateReminderMails(
                        new VelocityTemplateRenderer(),
                        JiraStandIns.i18n(PluginTexts.load()),
                        JiraStandIns.applicationProperties(BASE_URL)),
                CLOCK);
    }

    List<SandboxMailServer.ReceivedMail> received() {
        return smtp.received();
    }

    private static Objective objective(long id, String key, String summary, Person owner, List<KeyResult> krs) {
        return new Objective(
                ObjectiveId.of(id),
                IssueKey.of(key),
                summary,
                PerspectiveKey.of("customer"),
                CycleId.of("2026-Q4"),
                Weight.ONE,
                owner,
                java.util.Set.of(),
                java.util.Set.of(),
                krs);
    }

    private static KeyResult metric(long id, String key, String summary, Person assignee, CheckIn checkIn) {
        List<CheckIn> history = checkIn == null ? List.of() : List.of(checkIn);
        return new KeyResult(
                KeyResultId.of(id),
                IssueKey.of(key),
                summary,
                Weight.ONE,
                new Measure.Metric(50, 120, 50, "customers", null),
                history,
                assignee);
    }

    private static CheckIn checkIn(LocalDate day, double value) {
        return new CheckIn(
                value, Confidence.AT_RISK, null, ALICE.key(), day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    @Override
    public void close() {
        smtp.close();
        store.close();
    }
}
