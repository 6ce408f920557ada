package io.okrscorecard.app;

import static io.okrscorecard.app.SampleOkrs.KR_1;
import static io.okrscorecard.app.SampleOkrs.KR_2;
import static io.okrscorecard.app.SampleOkrs.KR_3;
import static io.okrscorecard.app.SampleOkrs.KR_4;
import static io.okrscorecard.app.SampleOkrs.KR_9;
import static io.okrscorecard.app.SampleOkrs.O_1;
import static io.okrscorecard.app.SampleOkrs.O_2;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.port.SnapshotRepository.Subject;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.UndefinedReason;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class RecalculatingProgressTest {

    private static final Clock CLOCK = Fixture.MID_Q4;

    private final InMemoryOkr okr = SampleOkrs.create();
    private final RecalculatingProgress recalculating = okr.recalculating(CLOCK);

    @Test
    public void recalculatesTheKeyResultItsSiblingsAndItsObjective() {
        RecalculatingProgress.Outcome outcome = recalculating.recalculate(List.of(KR_1));

        assertTrue(outcome.succeeded());
        assertEquals(3, outcome.rowsSaved());
        Map<ProgressSubject, InMemoryOkr.Row> expected = okr.expectedRows(CLOCK);
        for (ProgressSubject subject :
                List.of(ProgressSubject.of(KR_1), ProgressSubject.of(KR_2), ProgressSubject.of(O_1))) {
            assertEquals(subject.toString(), expected.get(subject), InMemoryOkr.Row.of(row(subject)));
        }
        assertFalse(okr.progress.row(ProgressSubject.of(O_2)).isPresent());
        assertEquals(1, okr.transactions.count.get());
    }

    @Test
    public void workKeyResultCountsItsEpicsChildrenAndItsStory() {
        recalculating.recalculate(List.of(KR_1));

        StoredProgress kr1 = row(ProgressSubject.of(KR_1));
        assertEquals(new StoredProgress.WorkCounts(1, 1, 2, 0, 1), kr1.counts());
        assertEquals(0.5, kr1.progress().value(), 1e-9);
    }

    @Test
    public void sharedItemsAreCountedAsInAFullRecomputeWhenOnlyOneObjectiveIsRecalculated() {
        recalculating.recalculate(List.of(KR_3));

        assertEquals(1, row(ProgressSubject.of(KR_3)).counts().shared());
        assertEquals(
                okr.expectedRows(CLOCK).get(ProgressSubject.of(KR_3)),
                InMemoryOkr.Row.of(row(ProgressSubject.of(KR_3))));
    }

    @Test
    public void keyResultMeasuringNoObjectiveStillGetsItsRowFromItsLinkedWork() {
        KeyResultId unlinked = Ids.keyResult("KR-77");

        recalculating.recalculate(List.of(KR_9, unlinked));

        assertEquals(1.0, row(ProgressSubject.of(KR_9)).progress().value(), 1e-9);
        assertEquals(
                UndefinedReason.NO_LINKED_WORK,
                row(ProgressSubject.of(unlinked)).progress().undefinedReason());
    }

    @Test
    public void rowsCarryTheInstantTakenBeforeTheDataWasRead() {
        recalculating.recalculate(List.of(KR_1));

        assertEquals(CLOCK.instant(), row(ProgressSubject.of(KR_1)).computedAt());
    }

    @Test
    public void aLostWriteRaceMarksTheKeyResultsDirtyInsteadOfLosingThem() {
        okr.progress.loseNextRaces(1);

        RecalculatingProgress.Outcome outcome = recalculating.recalculate(List.of(KR_1, KR_3));

        assertTrue(outcome.journalled());
        assertEquals(Set.of(KR_1, KR_3), okr.journal.keyResults());
        assertEquals(0, okr.progress.size());
    }

    @Test
    public void anyFailureWhileReadingMarksTheKeyResultsDirty() {
        okr.jira.failWith(new IllegalStateException("search service unavailable"));

        RecalculatingProgress.Outcome outcome = recalculating.recalculate(List.of(KR_4));

        assertTrue(outcome.journalled());
        assertEquals(Set.of(KR_4), okr.journal.keyResults());
    }

    @Test
    public void nothingToRecalculateReadsNothing() {
        recalculating.recalculate(List.of());

        assertEquals(0, okr.jira.objectiveReads.get());
        assertEquals(0, okr.transactions.count.get());
    }

    @Test
    public void recalculateAllStoresEveryRowAndRecordsTodaysSnapshots() {
        List<int[]> reported = new ArrayList<>();

        RecalculatingProgress.FullOutcome outcome =
                recalculating.recalculateAll((done, total) -> reported.add(new int[] {done, total}));

        assertEquals(
                okr.expectedRows(CLOCK), okr.storedRows(okr.expectedRows(CLOCK).keySet()));
        assertEquals(6, outcome.rowsSaved());
        assertEquals(2, outcome.objectives());
        assertEquals(List.of(), outcome.failedCycles());
        LocalDate today = LocalDate.now(CLOCK);
        Subject scorecard = new Subject(
                Fixture.Q4.id(), Subject.Kind.SCORECARD, Fixture.Q4.id().value());
        assertEquals(
                1,
                okr.snapshots
                        .trends(List.of(scorecard), today, today)
                        .get(scorecard)
                        .size());
        assertEquals(List.of(0, 2, 2, 2), flatten(reported));
    }

    @Test
    public void recalculateAllGoesOnWhenOneCycleFails() {
        Cycle next = Cycle.of("2027-Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
        okr.settings.saveCycle(next);
        okr.progress.loseNextRaces(1);

        RecalculatingProgress.FullOutcome outcome = recalculating.recalculateAll(null);

        assertEquals(List.of(Fixture.Q4.id()), outcome.failedCycles());
        assertEquals(2, outcome.cycles());
    }

    @Test
    public void aLaterRecalculationOverwritesAnEarlierOne() {
        recalculating.recalculate(List.of(KR_3));
        okr.jira.put(WorkItems.story("S-5").done().build());

        okr.recalculating(Clock.offset(CLOCK, Duration.ofSeconds(1))).recalculate(List.of(KR_3));

        assertEquals(1.0, row(ProgressSubject.of(KR_3)).progress().value(), 1e-9);
    }

    private StoredProgress row(ProgressSubject subject) {
        return okr.progress.row(subject).orElseThrow(() -> new AssertionError("no row for " + subject));
    }

    private static List<Integer> flatten(List<int[]> pairs) {
        List<Integer> values = new ArrayList<>();
        for (int[] pair : pairs) {
            values.add(pair[0]);
            values.add(pair[1]);
        }
        return values;
    }
}
