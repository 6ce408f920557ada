package io.okrscorecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleState;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.store.H2Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/**
 * Two app instances on one database, each with its own kept cycles and kept settings, as two nodes of a Data Center
 * cluster: a cycle closed on one node is read frozen on the other at its next read, although that node kept the cycle
 * open a moment before; re-opened on the other, it follows Jira again on the first.
 */
public class ClosingOnOneNodeTest {
    private final InMemoryOkr okr = SampleOkrs.create();
    private final H2Store store = H2Store.fresh("closing-nodes");
    private final MutableClock clock = new MutableClock(Fixture.MID_Q4.instant());
    private final AccessControl administrator = new JiraAdministrator();
    private final Node first = new Node();
    private final Node second = new Node();

    public ClosingOnOneNodeTest() {
        store.settings.saveCycle(new Cycle(Fixture.Q4.id(), "Q4 2026", Fixture.Q4.start(), LocalDate.of(2026, 11, 15)));
        new RecalculatingProgress(
                        okr.jira,
                        okr.jira,
                        store.settings,
                        store.progress,
                        store.snapshots,
                        store.journal,
                        store.transactions,
                        clock)
                .recalculateAll(null);
    }

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void aCycleClosedOnOneNodeIsReadFrozenOnTheOtherAndReopenedThereFollowsJiraOnTheFirst() {
        ScorecardReading open = second.reading.read(query());
        assertTrue(open.frozenAt().isEmpty());

        first.closing.close(Fixture.Q4.id(), "reviewed");
        overwriteO1(0.99);

        ScorecardReading frozen = second.reading.read(query());
        assertEquals(Optional.of(clock.instant()), frozen.frozenAt());
        assertEquals(open.scorecard(), frozen.scorecard());
        assertEquals(open.keyResults(), frozen.keyResults());
        assertEquals(CycleState.CLOSED, second.closing.state(Fixture.Q4.id()).state());

        second.closing.reopen(Fixture.Q4.id(), "a late delivery counts");

        ScorecardReading reopened = first.reading.read(query());
        assertTrue(reopened.frozenAt().isEmpty());
        assertNotEquals(open.scorecard(), reopened.scorecard());
        assertEquals(
                Progress.of(0.99),
                reopened.scorecard().perspectives().stream()
                        .flatMap(perspective -> perspective.objectives().stream())
                        .filter(objective -> objective.id().equals(SampleOkrs.O_1))
                        .findFirst()
                        .orElseThrow()
                        .progress());
    }

    /** A row written after closing, as a writer that missed the closing would: no read of the closed cycle shows it. */
    private void overwriteO1(double value) {
        ProgressSubject o1 = ProgressSubject.of(SampleOkrs.O_1);
        StoredProgress row = store.progress.load(List.of(o1)).get(o1);
        store.progress.save(List.of(new StoredProgress(
                o1,
                Progress.of(value),
                value,
                row.counts(),
                row.policyUsed(),
                row.fellBackToCount(),
                Instant.parse("2026-11-16T12:00:00Z"),
                row.version())));
    }

    private static ScorecardQuery query() {
        return ScorecardQuery.of(Fixture.Q4.id().value(), null, null, 7);
    }

    /** One node: its own reads with a kept cycle, and its own closing. */
    private final class Node {
        final ReadingScorecard reading = new ReadingScorecard(
                administrator,
                store.settings,
                store.cycleReviews,
                okr.jira,
                store.progress,
                store.snapshots,
                new ScoringAfresh(okr.jira, okr.jira, store.settings, clock),
                (viewer, filter, keys) -> Optional.empty(),
                clock,
                Duration.ofSeconds(10));
        final ClosingCycles closing = new ClosingCycles(
                new Reviewers(administrator, store.settings),
                administrator,
                store.settings,
                store.cycleReviews,
                okr.jira,
                store.progress,
                Person::unknown,
                clock);
    }
}
