package io.okrscorecard.app;

import static io.okrscorecard.core.KeyResults.metric;
import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.port.AccessControl;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A week of cycle 2026-Q4 for digest tests, recalculated on Monday 9 November and on Monday 16 November 2026 (UTC), so
 * that the objectives' snapshots of both days are stored:
 *
 * <pre>
 * objective             perspective         9 Nov    16 Nov
 * O-1 (KR-1 metric)     customer            80%      30%     GREEN -> RED
 * O-2 (KR-2 metric)     customer            50%      56%     AMBER -> AMBER
 * O-3 (KR-3 metric)     financial           10%      70%     RED -> GREEN, hidden from Mia
 * O-4 (KR-4 work)       financial           undefined undefined (no linked work)
 * O-5 (KR-5 work)       learning-growth     undefined 100%   (S-1 done linked this week)
 * </pre>
 *
 * No key result has a check-in, so under the default weekly cadence every METRIC key result is check-in due. Users:
 * {@value #MIA} may browse everything but O-3 and KR-3; {@value #PMO} everything; nobody is the current viewer (a job
 * runs as nobody).
 */
public final class DigestWorld {
    public static final String MIA = "JIRAUSER10002";
    public static final String PMO = "JIRAUSER10001";
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    public static final LocalDate WEEK_BEFORE = LocalDate.of(2026, 11, 9);
    /** O-2's summary: markup that must reach a page or a mail as text. */
    public static final String HOSTILE_SUMMARY = "Answer faster <script>alert('digest')</script> & <b>co</b>";

    public static final Clock CLOCK = Fixture.MID_Q4;

    final InMemoryOkr okr = new InMemoryOkr();
    final PerUserAccess access = new PerUserAccess();
    final ReadingScorecard reading;
    public final ComposingDigest composing;

    public DigestWorld() {
        okr.settings.saveCycle(Fixture.Q4);
        objectives(80, 50, 10);
        recalculateOn(WEEK_BEFORE);
        objectives(30, 56, 70);
        okr.jira.put(WorkItems.story("S-1").done().build()).link(Ids.keyResult("KR-5"), Ids.issue("S-1"));
        recalculateOn(MONDAY);
        access.hide(MIA, "O-3", "KR-3");
        reading = new ReadingScorecard(
                access,
                okr.settings,
                okr.settings,
                okr.jira,
                okr.progress,
                okr.snapshots,
                new ScoringAfresh(okr.jira, okr.jira, okr.settings, CLOCK),
                (viewer, filter, keys) -> Optional.empty(),
                CLOCK);
        composing = new ComposingDigest(reading, okr.snapshots, CLOCK);
    }

    private void objectives(double o1, double o2, double o3) {
        okr.jira
                .objective(objective("O-1")
                        .summary("Delight customers")
                        .in("customer")
                        .with(metric("KR-1").from(0).to(100).current(o1))
                        .build())
                .objective(objective("O-2")
                        .summary(HOSTILE_SUMMARY)
                        .in("customer")
                        .with(metric("KR-2").from(0).to(100).current(o2))
                        .build())
                .objective(objective("O-3")
                        .summary("Quietly acquire Initech")
                        .in("financial")
                        .with(metric("KR-3").from(0).to(100).current(o3))
                        .build())
                .objective(objective("O-4").in("financial").with(work("KR-4")).build())
                .objective(objective("O-5")
                        .in("learning-growth")
                        .with(work("KR-5"))
                        .build());
    }

    private void recalculateOn(LocalDate day) {
        okr.recalculating(Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .recalculateAll(null);
    }

    /** Each user may browse every issue but those hidden from them; no current viewer, no administrator. */
    static final class PerUserAccess implements AccessControl {
        private final Map<String, Set<IssueId>> hidden = new ConcurrentHashMap<>();
        volatile Optional<Viewer> current = Optional.empty();

        void hide(String userKey, String... issueKeys) {
            Set<IssueId> issues = hidden.computeIfAbsent(userKey, key -> ConcurrentHashMap.newKeySet());
            for (String key : issueKeys) {
                issues.add(Ids.issue(key));
            }
        }

        @Override
        public Optional<Viewer> currentViewer() {
            return current;
        }

        @Override
        public boolean isAdministrator(Viewer viewer) {
            return false;
        }

        @Override
        public boolean isInGroup(Viewer viewer, String group) {
            return false;
        }

        @Override
        public boolean canBrowse(Viewer viewer, IssueId issue) {
            return !hidden.getOrDefault(viewer.userKey(), Set.of()).contains(issue);
        }

        @Override
        public boolean canEdit(Viewer viewer, IssueId issue) {
            return false;
        }
    }
}
