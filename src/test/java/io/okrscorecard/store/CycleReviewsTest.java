package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.KeyResults;
import io.okrscorecard.core.Objectives;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.Maintain;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ConcurrentUpdateException;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class CycleReviewsTest {

    private static final CycleId Q4 = Objectives.CYCLE;
    private static final Instant CLOSED_AT = Instant.parse("2027-01-04T09:30:00.123456789Z");

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
        store.settings.saveCycle(Fixture.Q4);
    }

    @Test
    @NonTransactional
    public void aClosedCycleReadsBackEqualToItsSnapshot() {
        FrozenCycle frozen = snapshot();

        store.cycleReviews.close(closing(), frozen);

        assertEquals(frozen, store.cycleReviews.frozen(Q4).orElseThrow());
        assertEquals(Set.of(Q4), store.settings.closedCycles());
    }

    @Test
    @NonTransactional
    public void closingAndReopeningMoveTheSettingsRevisionAndAreKeptInTheHistory() {
        String before = store.settings.revision();

        store.cycleReviews.close(closing(), snapshot());
        String closed = store.settings.revision();
        CycleEvent reopening = new CycleEvent(
                Q4, CycleEvent.Kind.REOPENED, CLOSED_AT.plusSeconds(60), "JIRAUSER10000", "a late check-in counts");
        store.cycleReviews.reopen(reopening);

        assertNotEquals(before, closed);
        assertNotEquals(closed, store.settings.revision());
        assertTrue(store.cycleReviews.frozen(Q4).isEmpty());
        assertEquals(Set.of(), store.settings.closedCycles());
        assertEquals(0, store.countOf(FrozenObjectiveEntity.class));
        List<CycleEvent> history = store.cycleReviews.history(Q4);
        assertEquals(
                List.of(CycleEvent.Kind.CLOSED, CycleEvent.Kind.REOPENED),
                history.stream().map(CycleEvent::kind).toList());
        assertEquals("a late check-in counts", history.get(1).reason());
        assertEquals("JIRAUSER10000", history.get(1).actorKey());
    }

    @Test
    @NonTransactional
    public void aCycleClosedAlreadyCannotBeClosedAgainAndOneThatIsOpenCannotBeReopened() {
        store.cycleReviews.close(closing(), snapshot());
        int rows = store.rowsInAllTables();

        assertThrows(ConcurrentUpdateException.class, () -> store.cycleReviews.close(closing(), snapshot()));
        assertEquals(rows, store.rowsInAllTables());

        store.cycleReviews.reopen(
                new CycleEvent(Q4, CycleEvent.Kind.REOPENED, CLOSED_AT.plusSeconds(1), "JIRAUSER10000", "why"));
        assertThrows(
                ConcurrentUpdateException.class,
                () -> store.cycleReviews.reopen(new CycleEvent(
                        Q4, CycleEvent.Kind.REOPENED, CLOSED_AT.plusSeconds(2), "JIRAUSER10000", "again")));
    }

    @Test
    @NonTransactional
    public void ofTwoNodesClosingTheSameCycleAtOnceExactlyOneCloses() throws Exception {
        TestStore other = new TestStore(entityManager);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (TestStore node : List.of(store, other)) {
                Callable<Boolean> close = () -> {
                    start.await();
                    try {
                        node.cycleReviews.close(closing(), snapshot());
                        return true;
                    } catch (ConcurrentUpdateException lost) {
                        return false;
                    }
                };
                outcomes.add(threads.submit(close));
            }
            start.countDown();
            int closed = 0;
            for (Future<Boolean> outcome : outcomes) {
                closed += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, closed);
            assertEquals(1, store.countOf(FrozenCycleEntity.class));
            assertEquals(1, store.cycleReviews.history(Q4).size());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @NonTransactional
    public void aCycleWithoutObjectivesClosesWithAnEmptySnapshot() {
        FrozenCycle empty = new FrozenCycle(
                Fixture.Q4,
                CLOSED_AT,
                LocalDate.of(2027, 1, 4),
                AppSettings.defaults(),
                Perspectives.defaults(),
                new StatusRule(StatusMode.ABSOLUTE, 1.0),
                List.of(),
                Map.of());

        store.cycleReviews.close(closing(), empty);

        assertEquals(empty, store.cycleReviews.frozen(Q4).orElseThrow());
        assertFalse(store.cycleReviews.frozen(CycleId.of("2027-Q1")).isPresent());
    }

    private static CycleEvent closing() {
        return new CycleEvent(Q4, CycleEvent.Kind.CLOSED, CLOSED_AT, "JIRAUSER10000", "");
    }

    /** Every kind of key result, check-ins with and without values, an owner and links, rows defined and not. */
    private static FrozenCycle snapshot() {
        Objective first = Objectives.objective("OKR-1")
                .summary("Grow revenue <b>fast</b>")
                .in("financial")
                .weight(2)
                .supports("OKR-2")
                .drives("OKR-2")
                .with(
                        KeyResults.work("OKR-11"),
                        KeyResults.metric("OKR-12")
                                .from(10)
                                .to(10)
                                .current(11.5)
                                .unit("ms")
                                .maintain(Maintain.AT_MOST)
                                .checkIn(3, 12.25, Confidence.AT_RISK)
                                .checkIn(5, null, Confidence.ON_TRACK),
                        KeyResults.milestone("OKR-13", StatusCategory.INDETERMINATE)
                                .weight(0.5))
                .build();
        Objective second = Objectives.objective("OKR-2")
                .ownedBy(new Person("JIRAUSER10200", "Ada Ärger"))
                .build();
        Map<ProgressSubject, StoredProgress> rows = new HashMap<>();
        Instant computed = Instant.parse("2026-12-31T23:00:00.250Z");
        rows.put(
                ProgressSubject.of(first.id()),
                new StoredProgress(
                        ProgressSubject.of(first.id()),
                        Progress.of(0.4166666666666667),
                        0.4166666666666667,
                        new StoredProgress.WorkCounts(3, 2, 5, 1, 1),
                        RollupPolicy.values()[0],
                        true,
                        computed,
                        7));
        rows.put(
                ProgressSubject.of(first.keyResults().get(0).id()),
                new StoredProgress(
                        ProgressSubject.of(first.keyResults().get(0).id()),
                        Progress.undefined(UndefinedReason.NO_LINKED_WORK),
                        Double.NaN,
                        StoredProgress.WorkCounts.NONE,
                        null,
                        false,
                        computed,
                        1));
        return new FrozenCycle(
                Fixture.Q4,
                CLOSED_AT,
                LocalDate.of(2027, 1, 4),
                AppSettings.defaults()
                        .withRollup(AppSettings.defaults().rollup().withCascade(new Cascade(true, 0.3))),
                Perspectives.defaults(),
                new StatusRule(StatusMode.PACE, 1.0),
                List.of(first, second),
                rows);
    }
}
