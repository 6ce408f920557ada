package io.okrscorecard.app;

import static io.okrscorecard.app.SampleOkrs.KR_1;
import static io.okrscorecard.app.SampleOkrs.KR_3;
import static io.okrscorecard.app.SampleOkrs.KR_4;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.progress.ProgressSubject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class ReconcilingProgressTest {

    private final InMemoryOkr okr = SampleOkrs.create();
    private final MutableClock clock = new MutableClock(Fixture.MID_Q4.instant());

    private ReconcilingProgress reconciling() {
        return new ReconcilingProgress(okr.recalculating(clock), okr.journal, okr.snapshots, okr.settings, clock);
    }

    @Test
    public void drainsTheJournalAndRecalculatesWhatItListed() {
        okr.journal.mark(List.of(KR_1, KR_3, KR_1));

        ReconcilingProgress.Run run = reconciling().reconcile();

        assertEquals(3, run.journalRows());
        assertEquals(0, okr.journal.size());
        assertTrue(okr.progress.row(ProgressSubject.of(KR_1)).isPresent());
        assertTrue(okr.progress.row(ProgressSubject.of(KR_3)).isPresent());
    }

    @Test
    public void drainsALargeJournalInBatchesOfAtMostOneThousand() {
        List<KeyResultId> many = new ArrayList<>();
        for (int i = 1; i <= 2_500; i++) {
            many.add(Ids.keyResult("KR-" + (1000 + i)));
        }
        okr.journal.mark(many);

        ReconcilingProgress.Run run = reconciling().reconcile();

        assertEquals(2_500, run.journalRows());
        assertEquals(0, okr.journal.size());
        assertEquals(List.of(1000, 1000, 500), okr.journal.oldestRequests);
    }

    @Test
    public void stopsDrainingAtAFailedBatchAndKeepsItsKeyResultsInTheJournal() {
        okr.journal.mark(List.of(KR_1, KR_3));
        okr.jira.failWith(new IllegalStateException("database unavailable"));

        ReconcilingProgress.Run run = reconciling().reconcile();

        assertEquals(2, run.journalRows());
        assertEquals(Set.of(KR_1, KR_3), okr.journal.keyResults());
        assertEquals(2, okr.journal.size());
    }

    @Test
    public void runsTheDailyRecalculationOnTheFirstRunOfTheDayOnly() {
        ReconcilingProgress reconciling = reconciling();

        ReconcilingProgress.Run first = reconciling.reconcile();
        clock.advance(Duration.ofMinutes(5));
        ReconcilingProgress.Run second = reconciling.reconcile();
        clock.advance(Duration.ofDays(1));
        ReconcilingProgress.Run nextDay = reconciling.reconcile();

        assertNotNull(first.full());
        assertNull(second.full());
        assertNotNull(nextDay.full());
        assertEquals(2, okr.snapshots.records.get());
    }

    @Test
    public void anotherNodeRemembersThatTodaysRecalculationRan() {
        reconciling().reconcile();

        assertFalse(reconciling().dailyRunDue());
    }

    @Test
    public void firingTwiceLeavesTheSameRowsAndSnapshotsAsFiringOnce() {
        okr.journal.mark(List.of(KR_4));
        reconciling().reconcile();
        var rowsAfterOne = okr.storedRows(okr.expectedRows(clock).keySet());
        int pointsAfterOne = okr.snapshots.pointCount();

        ReconcilingProgress.Run again = reconciling().reconcile();

        assertEquals(0, again.journalRows());
        assertNull(again.full());
        assertEquals(rowsAfterOne, okr.storedRows(okr.expectedRows(clock).keySet()));
        assertEquals(okr.expectedRows(clock), rowsAfterOne);
        assertEquals(pointsAfterOne, okr.snapshots.pointCount());
    }

    @Test
    public void noCyclesMeansNothingIsDue() {
        okr.settings.deleteCycle(Fixture.Q4.id());

        assertFalse(reconciling().dailyRunDue());
    }

    @Test
    public void statusReportsTheLastRunsProgress() {
        ReconcilingProgress reconciling = reconciling();
        assertEquals(ReconcilingProgress.Phase.IDLE, reconciling.status().phase());
        assertNull(reconciling.status().startedAt());

        reconciling.reconcile();

        ReconcilingProgress.Status status = reconciling.status();
        assertEquals(ReconcilingProgress.Phase.IDLE, status.phase());
        assertEquals(2, status.done());
        assertEquals(2, status.total());
        assertNotNull(status.finishedAt());
    }
}
