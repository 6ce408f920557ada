package io.okrscorecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureRun;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.KeyResultMeasures;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.progress.ProgressSubject;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * The nightly run of Jira measures: every measure of an open cycle evaluated as the technical user, closed cycles left
 * alone, a history of system check-ins over several days that the key result's value and progress follow, the time
 * budget per key result, and the reconciliation's daily run measuring before it recalculates.
 */
public class NightlyMeasuresTest {
    private static final String JQL = "project = SUP AND issuetype = Incident AND priority = P1";
    private static final Instant DAY_1 = Instant.parse("2026-10-15T02:00:00Z");

    private final InMemoryOkr okr = SampleOkrs.create();
    private final InMemoryMeasures measures = new InMemoryMeasures(okr);
    private final FakeJiraMeasures jira = new FakeJiraMeasures().user("svc-okr");
    private final Set<CycleId> closed = new HashSet<>();

    private MeasuringKeyResults measuring(Clock clock, Duration budget) {
        return new MeasuringKeyResults(
                measures, jira, okr.jira, settingsWithClosed(), okr.recalculating(clock), clock, budget);
    }

    /** The in-memory settings, with the cycles of {@link #closed} closed. */
    private ScorecardSettingsRepository settingsWithClosed() {
        return (ScorecardSettingsRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ScorecardSettingsRepository.class},
                (proxy, method, args) -> method.getName().equals("closedCycles")
                        ? Set.copyOf(closed)
                        : method.invoke(okr.settings, args));
    }

    private static MeasuredIssue incident(Instant created) {
        return new MeasuredIssue(created, null, null);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    public void eachNightStoresASystemCheckInAndTheValueAndProgressFollowTheHistory() {
        measures.saveTechnicalUser("svc-okr");
        measures.save(MeasureDefinition.ofJql(SampleOkrs.KR_2, JQL, Aggregate.COUNT, null));
        int[] counts = {12, 16, 20};
        for (int day = 0; day < counts.length; day++) {
            MeasuredIssue[] found = new MeasuredIssue[counts[day]];
            for (int i = 0; i < found.length; i++) {
                found[i] = incident(DAY_1.minusSeconds(3600L * (i + 1)));
            }
            jira.jql(JQL, found);
            Instant night = DAY_1.plus(Duration.ofDays(7L * day));
            MeasuringKeyResults.Summary summary =
                    measuring(at(night), Duration.ofSeconds(60)).measureAll(true);
            assertEquals(new MeasuringKeyResults.Summary(1, 0, 0, 0), summary);
        }

        List<CheckIn> history = okr.checkIns.history(SampleOkrs.KR_2);
        assertEquals(3, history.size());
        assertEquals(
                List.of(12.0, 16.0, 20.0), history.stream().map(CheckIn::value).toList());
        assertTrue(history.stream().allMatch(CheckIn::measured));
        assertEquals(DAY_1.plus(Duration.ofDays(14)), history.get(2).at());
        assertEquals("svc-okr", history.get(2).authorKey());
        KeyResult kr2 = keyResult(SampleOkrs.KR_2);
        assertEquals(Optional.of(20.0), kr2.currentValue());
        // KR-2 runs from 10 to 20: the stored progress of the last night is (20 - 10) / (20 - 10)
        assertEquals(
                1.0,
                okr.progress
                        .row(ProgressSubject.of(SampleOkrs.KR_2))
                        .orElseThrow()
                        .attainment(),
                1e-9);
    }

    @Test
    public void aClosedCycleIsNeverMeasured() {
        measures.saveTechnicalUser("svc-okr");
        measures.save(MeasureDefinition.ofJql(SampleOkrs.KR_2, JQL, Aggregate.COUNT, null));
        jira.jql(JQL, incident(DAY_1));
        closed.add(CycleId.of("2026-Q4"));

        MeasuringKeyResults.Summary summary =
                measuring(at(DAY_1), Duration.ofSeconds(60)).measureAll(true);

        assertEquals(new MeasuringKeyResults.Summary(0, 0, 0, 1), summary);
        assertEquals(0, jira.searches.get());
        assertEquals(Optional.empty(), measures.lastRun(SampleOkrs.KR_2));
    }

    @Test
    public void aSearchPastItsTimeBudgetFailsWithTheReasonAndWritesNoValue() {
        measures.saveTechnicalUser("svc-okr");
        measures.save(MeasureDefinition.ofJql(SampleOkrs.KR_2, JQL, Aggregate.COUNT, null));
        jira.jql(JQL, incident(DAY_1));
        Clock slow = new Clock() {
            private Instant now = DAY_1;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                Instant then = now;
                now = now.plus(Duration.ofSeconds(45));
                return then;
            }
        };

        MeasuringKeyResults.Summary summary =
                measuring(slow, Duration.ofSeconds(30)).measureAll(true);

        assertEquals(1, summary.failed());
        MeasureRun run = measures.lastRun(SampleOkrs.KR_2).orElseThrow().run();
        assertEquals(MeasureRun.Outcome.FAILED, run.outcome());
        assertEquals(MeasuringKeyResults.budgetExceeded(Duration.ofSeconds(30)), run.message());
        assertEquals(List.of(), okr.checkIns.history(SampleOkrs.KR_2));
    }

    @Test
    public void theDailyReconciliationMeasuresBeforeItRecalculates() {
        measures.saveTechnicalUser("svc-okr");
        measures.save(MeasureDefinition.ofJql(SampleOkrs.KR_2, JQL, Aggregate.COUNT, null));
        jira.jql(JQL, incident(DAY_1), incident(DAY_1), incident(DAY_1), incident(DAY_1), incident(DAY_1));
        Clock clock = at(DAY_1);
        ReconcilingProgress reconciling = new ReconcilingProgress(
                okr.recalculating(clock),
                okr.journal,
                okr.snapshots,
                okr.settings,
                clock,
                measuring(clock, Duration.ofSeconds(60)));

        ReconcilingProgress.Run run = reconciling.reconcile();

        assertTrue("the daily run was due", run.full() != null);
        assertEquals(1, okr.checkIns.history(SampleOkrs.KR_2).size());
        assertEquals(
                "(5 - 10) / (20 - 10)",
                -0.5,
                okr.progress
                        .row(ProgressSubject.of(SampleOkrs.KR_2))
                        .orElseThrow()
                        .attainment(),
                1e-9);
        assertEquals("not measured twice on one day", 0, reconciling.reconcile().journalRows());
        assertEquals(1, okr.checkIns.history(SampleOkrs.KR_2).size());
    }

    private KeyResult keyResult(KeyResultId id) {
        for (Objective objective : okr.jira.objectivesMeasuredBy(List.of(id))) {
            for (KeyResult keyResult : objective.keyResults()) {
                if (keyResult.id().equals(id)) {
                    return keyResult;
                }
            }
        }
        throw new AssertionError("no " + id);
    }

    /** Measures in memory, writing system check-ins to the in-memory check-ins. */
    static final class InMemoryMeasures implements KeyResultMeasures {
        private final InMemoryOkr okr;
        private final Map<KeyResultId, MeasureDefinition> definitions = new HashMap<>();
        private final Map<KeyResultId, List<MeasureRun>> runs = new HashMap<>();
        private String technicalUser;

        InMemoryMeasures(InMemoryOkr okr) {
            this.okr = okr;
        }

        @Override
        public synchronized Optional<MeasureDefinition> definition(KeyResultId keyResult) {
            return Optional.ofNullable(definitions.get(keyResult));
        }

        @Override
        public synchronized List<MeasureDefinition> all() {
            return new ArrayList<>(definitions.values());
        }

        @Override
        public synchronized void save(MeasureDefinition definition) {
            definitions.put(definition.keyResult(), definition);
        }

        @Override
        public synchronized void remove(KeyResultId keyResult) {
            definitions.remove(keyResult);
        }

        @Override
        public synchronized Optional<Numbered> lastRun(KeyResultId keyResult) {
            List<MeasureRun> list = runs.getOrDefault(keyResult, List.of());
            return list.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Numbered(list.size(), list.get(list.size() - 1)));
        }

        @Override
        public synchronized boolean record(KeyResultId keyResult, long number, MeasureRun run, CheckIn checkIn) {
            List<MeasureRun> list = runs.computeIfAbsent(keyResult, k -> new ArrayList<>());
            if (list.size() != number - 1) {
                return false;
            }
            list.add(run);
            if (checkIn != null) {
                okr.checkIns.append(keyResult, checkIn);
            }
            return true;
        }

        @Override
        public synchronized Optional<String> technicalUser() {
            return Optional.ofNullable(technicalUser);
        }

        @Override
        public synchronized void saveTechnicalUser(String userKey) {
            technicalUser = userKey;
        }
    }
}
