package io.okrscorecard.app;

import static io.okrscorecard.app.SampleOkrs.KR_1;
import static io.okrscorecard.app.SampleOkrs.KR_2;
import static io.okrscorecard.app.SampleOkrs.KR_3;
import static io.okrscorecard.app.SampleOkrs.O_1;
import static io.okrscorecard.app.SampleOkrs.O_2;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.app.ApplyingIssueChanges.WorkChanges;
import io.okrscorecard.app.RecalculatingProgress.Outcome;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * The event worker's path ({@link ApplyingIssueChanges#apply}): items whose fields changed are patched into the work
 * state this node kept when it last stored the objective's rows, and everything else falls back to a full recompute.
 * Either way the stored rows are those of a full recompute.
 */
public class IncrementalApplyTest {

    private static final Clock CLOCK = Fixture.MID_Q4;
    private static final List<ProgressSubject> O_1_ROWS =
            List.of(ProgressSubject.of(O_1), ProgressSubject.of(KR_1), ProgressSubject.of(KR_2));

    private final InMemoryOkr okr = SampleOkrs.create();
    private final RecalculatingProgress recalculating = okr.recalculating(CLOCK);
    private final ApplyingIssueChanges node = okr.applying(recalculating, CLOCK);

    @Test
    public void aStatusChangeIsPatchedIntoTheKeptWorkWithoutReadingTheWorkAgain() {
        recalculating.recalculate(List.of(KR_1));
        int workReads = okr.jira.workReads.get();
        okr.jira.put(WorkItems.story("S-3").inEpic("E-1").done().build());

        Outcome outcome = node.apply(changed(KR_1, "S-3"));

        assertTrue(outcome.succeeded());
        assertEquals("the changed key result's row and the objective's", 2, outcome.rowsSaved());
        assertEquals("no read of the key result's work", workReads, okr.jira.workReads.get());
        assertEquals("one read of the changed item", 1, okr.jira.itemReads.get());
        assertStoredAsAFullRecompute(O_1_ROWS);
        assertEquals(0.75, storedProgressOf(KR_1), 1e-9);
    }

    @Test
    public void aPatchStoresOnlyTheRowsWhoseNumbersChangedAndAlwaysTheObjectivesRow() {
        recalculating.recalculate(List.of(KR_1));
        long untouched =
                okr.progress.row(ProgressSubject.of(KR_2)).orElseThrow().version();
        long objective = okr.progress.row(ProgressSubject.of(O_1)).orElseThrow().version();
        okr.jira.put(WorkItems.story("S-3").inEpic("E-1").done().build());

        node.apply(changed(KR_1, "S-3"));

        assertEquals(
                untouched,
                okr.progress.row(ProgressSubject.of(KR_2)).orElseThrow().version());
        assertEquals(
                objective + 1,
                okr.progress.row(ProgressSubject.of(O_1)).orElseThrow().version());
        assertStoredAsAFullRecompute(O_1_ROWS);
    }

    @Test
    public void patchesKeepApplyingWhileNobodyElseWrites() {
        recalculating.recalculate(List.of(KR_1));
        int workReads = okr.jira.workReads.get();

        for (String status : List.of("done", "todo", "inProgress", "done")) {
            okr.jira.put(status(WorkItems.story("S-2").inEpic("E-1"), status).build());
            node.apply(changed(KR_1, "S-2"));
            assertStoredAsAFullRecompute(O_1_ROWS);
        }

        assertEquals(workReads, okr.jira.workReads.get());
        assertEquals(5, okr.progress.row(ProgressSubject.of(O_1)).orElseThrow().version());
    }

    @Test
    public void aChangeThatMovesNoNumberWritesNothing() {
        recalculating.recalculate(List.of(KR_1));
        int saves = okr.progress.saves.get();
        okr.jira.put(WorkItems.story("S-3").inEpic("E-1").points(8).build());

        Outcome outcome = node.apply(changed(KR_1, "S-3"));

        assertTrue(outcome.succeeded());
        assertEquals(0, outcome.rowsSaved());
        assertEquals(saves, okr.progress.saves.get());
        assertTrue("still kept", node.cache().holds(O_1));
    }

    @Test
    public void aKeyResultWhoseWorkIsNotKeptIsRecomputedInFullAndThenKept() {
        okr.jira.put(WorkItems.story("S-5").done().build());

        node.apply(changed(KR_3, "S-5"));

        assertEquals(1, okr.jira.workReads.get());
        assertStoredAsAFullRecompute(List.of(ProgressSubject.of(O_2), ProgressSubject.of(KR_3)));
        assertTrue(node.cache().holds(O_2));
    }

    @Test
    public void aRowAnotherNodeWroteMakesTheKeptWorkStaleSoTheChangeIsRecomputedInFull() {
        recalculating.recalculate(List.of(KR_1));
        ApplyingIssueChanges otherNode = okr.applying(okr.recalculating(CLOCK), CLOCK);
        okr.jira.put(WorkItems.story("S-1").inEpic("E-1").todo().build());
        otherNode.apply(changed(KR_1, "S-1"));
        int workReads = okr.jira.workReads.get();
        okr.jira.put(WorkItems.story("S-3").inEpic("E-1").done().build());

        Outcome outcome = node.apply(changed(KR_1, "S-3"));

        assertTrue(outcome.succeeded());
        assertEquals("the conditional write found the other node's rows", 1, okr.progress.conflicts.get());
        assertEquals(workReads + 1, okr.jira.workReads.get());
        assertStoredAsAFullRecompute(O_1_ROWS);
        assertEquals("both changes count", 0.5, storedProgressOf(KR_1), 1e-9);
    }

    @Test
    public void aChangeThatMovesNoNumberOnStaleKeptWorkIsRecomputedInFull() {
        recalculating.recalculate(List.of(KR_1));
        okr.jira.put(WorkItems.story("S-1").inEpic("E-1").todo().build());
        okr.recalculating(CLOCK).recalculate(List.of(KR_1));
        int workReads = okr.jira.workReads.get();
        okr.jira.put(WorkItems.story("S-3").inEpic("E-1").points(8).build());

        node.apply(changed(KR_1, "S-3"));

        assertEquals(workReads + 1, okr.jira.workReads.get());
        assertStoredAsAFullRecompute(O_1_ROWS);
    }

    @Test
    public void aSettingsChangeDropsTheKeptWork() {
        recalculating.recalculate(List.of(KR_1));
        okr.settings.saveAppSettings(
                AppSettings.defaults().withRollup(RollupSettings.defaults().withInProgressCredit(0.5)));
        int workReads = okr.jira.workReads.get();
        okr.jira.put(WorkItems.story("S-3").inEpic("E-1").done().build());

        node.apply(changed(KR_1, "S-3"));

        assertEquals(workReads + 1, okr.jira.workReads.get());
        assertStoredAsAFullRecompute(O_1_ROWS);
        assertEquals(0.875, storedProgressOf(KR_1), 1e-9);
    }

    @Test
    public void anItemThatLeftItsEpicIsRecomputedInFull() {
        recalculating.recalculate(List.of(KR_1));
        int workReads = okr.jira.workReads.get();
        okr.jira.put(WorkItems.story("S-3").done().build());

        node.apply(changed(KR_1, "S-3"));

        assertEquals(workReads + 1, okr.jira.workReads.get());
        assertStoredAsAFullRecompute(O_1_ROWS);
    }

    @Test
    public void aDeletedItemIsRecomputedInFull() {
        recalculating.recalculate(List.of(KR_1));
        int workReads = okr.jira.workReads.get();
        okr.jira.remove(Ids.issue("S-2"));

        node.apply(changed(KR_1, "S-2"));

        assertEquals(workReads + 1, okr.jira.workReads.get());
        assertStoredAsAFullRecompute(O_1_ROWS);
    }

    @Test
    public void anItemTheKeptWorkDoesNotHoldForTheKeyResultIsRecomputedInFull() {
        recalculating.recalculate(List.of(KR_1));
        int workReads = okr.jira.workReads.get();
        okr.jira.put(WorkItems.story("S-5").done().build());
        okr.jira.link(KR_1, Ids.issue("S-5"));

        node.apply(changed(KR_1, "S-5"));

        assertEquals(workReads + 1, okr.jira.workReads.get());
        assertStoredAsAFullRecompute(O_1_ROWS);
    }

    @Test
    public void aKeyResultChangedWhollyIsRecomputedInFullEvenWithItsItems() {
        recalculating.recalculate(List.of(KR_1));
        int workReads = okr.jira.workReads.get();

        node.apply(new WorkChanges(Set.of(KR_1), Map.of(KR_1, Set.of(Ids.issue("S-3")))));

        assertEquals(workReads + 1, okr.jira.workReads.get());
        assertEquals(0, okr.jira.itemReads.get());
    }

    @Test
    public void theKeptWorkIsEvictedLeastRecentlyUsedFirstBeyondItsItemBudget() {
        RecalculatingProgress small = okr.recalculating(CLOCK, 6);

        small.recalculate(List.of(KR_1));
        small.recalculate(List.of(KR_3));

        assertFalse("O-1's 5 items made room for O-2's 2", small.cache().holds(O_1));
        assertTrue(small.cache().holds(O_2));
        assertEquals(1, small.cache().evictions());
        assertEquals(2, small.cache().itemCount());
    }

    @Test
    public void objectivesWhoseWorkIsLargerThanTheBudgetAreNeverKept() {
        RecalculatingProgress tinyRecalculating = okr.recalculating(CLOCK, 3);
        ApplyingIssueChanges tiny = okr.applying(tinyRecalculating, CLOCK);
        tinyRecalculating.recalculate(List.of(KR_1));
        int workReads = okr.jira.workReads.get();
        okr.jira.put(WorkItems.story("S-3").inEpic("E-1").done().build());

        tiny.apply(changed(KR_1, "S-3"));

        assertFalse(tiny.cache().holds(O_1));
        assertEquals(workReads + 1, okr.jira.workReads.get());
        assertStoredAsAFullRecompute(O_1_ROWS);
    }

    @Test
    public void aFullRecomputeOvertakenBetweenItsReadsAndItsWriteIsComputedAgainNotStored() {
        AtomicInteger reads = new AtomicInteger();
        RecalculatingProgress otherNode = okr.recalculating(CLOCK);
        // right after this node read the work, S-3 is done and the other node stores that
        RecalculatingProgress overtaken = withWork(okr, keyResults -> {
            WorkGraph read = okr.jira.workFor(keyResults);
            if (reads.incrementAndGet() == 1) {
                okr.jira.put(WorkItems.story("S-3").inEpic("E-1").done().build());
                otherNode.recalculate(List.of(KR_1));
            }
            return read;
        });

        Outcome outcome = overtaken.recalculate(List.of(KR_1));

        assertTrue(outcome.succeeded());
        assertEquals(1, okr.progress.conflicts.get());
        assertEquals(2, reads.get());
        assertStoredAsAFullRecompute(O_1_ROWS);
    }

    @Test
    public void keyResultsOvertakenAgainAndAgainAreJournalled() {
        RecalculatingProgress otherNode = okr.recalculating(CLOCK);
        RecalculatingProgress alwaysLate = withWork(okr, keyResults -> {
            WorkGraph read = okr.jira.workFor(keyResults);
            otherNode.recalculate(List.of(KR_1));
            return read;
        });

        Outcome outcome = alwaysLate.recalculate(List.of(KR_1));

        assertTrue(outcome.journalled());
        assertEquals(Set.of(KR_1), okr.journal.keyResults());
        assertEquals(RecalculatingProgress.ATTEMPTS, okr.progress.conflicts.get());
    }

    @Test
    public void aWorkChangeMustNameTheChangedIssues() {
        assertThrows(ValidationException.class, () -> new WorkChanges(Set.of(), Map.of(KR_1, Set.of())));
    }

    private static WorkChanges changed(KeyResultId keyResult, String... issueKeys) {
        Set<IssueId> issues = new java.util.HashSet<>();
        for (String key : issueKeys) {
            issues.add(Ids.issue(key));
        }
        return new WorkChanges(Set.of(), Map.of(keyResult, issues));
    }

    private static WorkItems status(WorkItems item, String status) {
        return switch (status) {
            case "done" -> item.done();
            case "inProgress" -> item.inProgress();
            default -> item.todo();
        };
    }

    /** A node over the in-memory Jira whose work reads go through {@code workFor}. */
    private static RecalculatingProgress withWork(
            InMemoryOkr okr, java.util.function.Function<Collection<KeyResultId>, WorkGraph> workFor) {
        WorkItemSource work = new WorkItemSource() {
            @Override
            public WorkGraph workFor(Collection<KeyResultId> keyResults) {
                return workFor.apply(keyResults);
            }

            @Override
            public Map<IssueId, WorkItem> items(Collection<IssueId> issues) {
                return okr.jira.items(issues);
            }
        };
        return new RecalculatingProgress(
                okr.jira, work, okr.settings, okr.progress, okr.snapshots, okr.journal, okr.transactions, CLOCK);
    }

    private double storedProgressOf(KeyResultId keyResult) {
        return okr.progress
                .row(ProgressSubject.of(keyResult))
                .orElseThrow()
                .progress()
                .value();
    }

    private void assertStoredAsAFullRecompute(List<ProgressSubject> subjects) {
        Map<ProgressSubject, InMemoryOkr.Row> expected = okr.expectedRows(CLOCK);
        for (ProgressSubject subject : subjects) {
            assertEquals(
                    subject.toString(),
                    expected.get(subject),
                    InMemoryOkr.Row.of(okr.progress.row(subject).orElseThrow()));
        }
    }
}
