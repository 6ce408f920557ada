package io.okrscorecard.bench;

import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.recompute.LiveScorecard;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The heap that the app's work-state cache holds per work item, for {@link IncrementalApplyBench}. */
final class KeptStateMemory {

    private KeptStateMemory() {}

    /**
     * Heap held per work item by a kept work state: the same structure as an entry of the app's work-state cache (a
     * {@link LiveScorecard} over the key result's objective and its work), measured as the difference of the used heap
     * after garbage collection with and without it.
     */
    static void print(InMemoryOkr.FakeJira jira, KeyResultId kr) {
        Objective objective = jira.objectivesMeasuredBy(List.of(kr)).get(0);
        List<KeyResultId> work = new ArrayList<>();
        objective.keyResults().forEach(k -> work.add(k.id()));
        ScorecardDefinition definition = new ScorecardDefinition(
                BenchData.CYCLE,
                Perspectives.defaults(),
                BenchData.settings(RollupPolicy.STORY_POINTS),
                StatusMode.ABSOLUTE,
                List.of(objective));
        long before = usedHeapAfterGc();
        // fresh snapshots, as a real Jira read gives them, so that the kept state owns every object it holds
        WorkGraph read = jira.workFor(work);
        WorkGraph copy = new WorkGraph();
        for (KeyResultId keyResult : work) {
            for (IssueId contributor : read.contributorsOf(keyResult)) {
                copy.link(keyResult, IssueId.of(contributor.value()));
                copy.put(fresh(read.item(contributor)));
                read.childrenOf(contributor).forEach(child -> copy.put(fresh(child)));
            }
        }
        read = null;
        LiveScorecard live = LiveScorecard.owning(definition, copy, Clock.systemUTC());
        long after = usedHeapAfterGc();
        System.out.printf(
                Locale.ROOT,
                "kept work state of the objective of the 100,000-item KR: %,d items, %.1f MB, %.0f bytes per item%n",
                live.workItemCount(),
                (after - before) / 1e6,
                (after - before) / (double) live.workItemCount());
    }

    /** A snapshot with objects of its own, as one read from Jira. */
    private static WorkItem fresh(WorkItem item) {
        return new WorkItem(
                IssueId.of(item.id().value()),
                IssueKey.of(new String(item.key().value())),
                item.kind(),
                item.status(),
                item.resolution() == null ? null : new String(item.resolution()),
                item.storyPoints() == null
                        ? null
                        : Double.valueOf(item.storyPoints().doubleValue()),
                item.originalEstimateSeconds() == null
                        ? null
                        : Long.valueOf(item.originalEstimateSeconds().longValue()),
                item.epicId() == null ? null : IssueId.of(item.epicId().value()),
                item.parentId() == null ? null : IssueId.of(item.parentId().value()));
    }

    static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
