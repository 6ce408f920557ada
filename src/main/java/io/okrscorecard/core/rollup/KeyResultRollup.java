package io.okrscorecard.core.rollup;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Computes a key result's progress from its measure: the entry point of the rollup rules. */
public final class KeyResultRollup {

    private KeyResultRollup() {}

    /**
     * @param sharingScope which key results count as "other key results" when listing shared items:
     *     the WORK key results of the scorecard being computed
     */
    public static KeyResultProgress rollup(
            KeyResult keyResult, WorkGraph graph, RollupSettings settings, Predicate<KeyResultId> sharingScope) {
        Measure measure = keyResult.measure();
        if (measure instanceof Measure.Metric metric) {
            return metric(keyResult, metric);
        }
        if (measure instanceof Measure.Milestone milestone) {
            double value = milestone.status() == StatusCategory.DONE ? 1.0 : 0.0;
            return new KeyResultProgress(Progress.of(value), value, new MilestoneExplanation(milestone.status()));
        }
        WorkSet workSet = WorkSet.expand(keyResult.id(), graph, settings);
        List<SharedItem> shared = shared(keyResult.id(), workSet, graph, sharingScope);
        WorkRollup.Result result = WorkRollup.explain(workSet, settings, shared);
        return new KeyResultProgress(result.progress(), result.progress().value(), result.explanation());
    }

    /**
     * Rolls up a WORK key result again after a change to one issue that kept its membership in the
     * work set: patches the previous work set and shared list instead of expanding again. Gives the
     * same result as {@link #rollup} would.
     */
    public static KeyResultProgress rollupChanged(WorkExplanation previous, WorkItem changed, RollupSettings settings) {
        WorkSet workSet = previous.workSet().withChanged(changed);
        List<SharedItem> shared = new ArrayList<>(previous.shared());
        for (int i = 0; i < shared.size(); i++) {
            if (shared.get(i).item().id().equals(changed.id())) {
                shared.set(i, new SharedItem(changed, shared.get(i).alsoIn()));
            }
        }
        WorkRollup.Result result = WorkRollup.explain(workSet, settings, shared);
        return new KeyResultProgress(result.progress(), result.progress().value(), result.explanation());
    }

    private static KeyResultProgress metric(KeyResult keyResult, Measure.Metric metric) {
        double current = keyResult.currentValue().orElse(metric.current());
        boolean fromCheckIn = keyResult.checkIns().stream().anyMatch(c -> c.value() != null);
        double attainment;
        if (metric.maintain() != null) {
            attainment = metric.maintain().isMet(current, metric.target()) ? 1.0 : 0.0;
        } else {
            attainment = (current - metric.start()) / (metric.target() - metric.start());
        }
        double clamped = Math.max(0.0, Math.min(1.0, attainment));
        MetricExplanation explanation = new MetricExplanation(
                metric.start(), metric.target(), current, metric.unit(), metric.maintain(), attainment, fromCheckIn);
        return new KeyResultProgress(Progress.of(clamped), attainment, explanation);
    }

    /** Counted items of {@code self}'s work set that are also in the work set of another key result in scope. */
    static List<SharedItem> shared(
            KeyResultId self, WorkSet workSet, WorkGraph graph, Predicate<KeyResultId> sharingScope) {
        List<SharedItem> shared = new ArrayList<>();
        for (int i = 0; i < workSet.size(); i++) {
            WorkItem item = workSet.item(i);
            Set<KeyResultId> others = containing(item, graph);
            if (others.size() < 2 && (others.isEmpty() || others.contains(self))) {
                continue;
            }
            Set<KeyResultId> alsoIn = new TreeSet<>();
            for (KeyResultId other : others) {
                if (!other.equals(self) && sharingScope.test(other)) {
                    alsoIn.add(other);
                }
            }
            if (!alsoIn.isEmpty()) {
                shared.add(new SharedItem(item, new ArrayList<>(alsoIn)));
            }
        }
        return shared;
    }

    /**
     * The key results whose work set holds {@code item}, given that it is counted somewhere: those
     * linking it directly (unless it is a container replaced by its children) and those linking a container above it
     * (its epic, that epic's Parent Link, and so on).
     */
    static Set<KeyResultId> containing(WorkItem item, WorkGraph graph) {
        Set<KeyResultId> direct = graph.keyResultsLinking(item.id());
        if (!direct.isEmpty() && graph.expandsToChildren(item.id())) {
            direct = Set.of();
        }
        Set<KeyResultId> union = null;
        for (IssueId container : graph.ancestorsOf(item.id())) {
            Set<KeyResultId> viaContainer = graph.keyResultsLinking(container);
            if (!viaContainer.isEmpty()) {
                if (union == null) {
                    union = new TreeSet<>(direct);
                }
                union.addAll(viaContainer);
            }
        }
        return union == null ? direct : union;
    }
}
