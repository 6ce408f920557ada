package io.okrscorecard.core.rollup;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The inputs of a WORK key result: progress = numerator / denominator where
 * numerator = weight(done) + inProgressCredit x weight(indeterminate) and denominator = total weight.
 *
 * @param policyRequested the admin's policy
 * @param policyUsed the policy applied: COUNT when nothing in the work set was estimated
 * @param meanEstimate the weight given to each unestimated item under an estimate policy
 * @param byCategory one total per status category, in the order new, indeterminate, done
 * @param shared counted items that are also in other key results' work sets
 */
public record WorkExplanation(
        RollupPolicy policyRequested,
        RollupPolicy policyUsed,
        double inProgressCredit,
        List<CategoryTotal> byCategory,
        OptionalDouble meanEstimate,
        double numerator,
        double denominator,
        List<SharedItem> shared,
        WorkSet workSet)
        implements Explanation {

    public WorkExplanation {
        byCategory = List.copyOf(byCategory);
        shared = List.copyOf(shared);
    }

    /** True when an estimate policy was asked for but no item had an estimate. */
    public boolean fellBackToCount() {
        return policyRequested != policyUsed;
    }

    public CategoryTotal total(StatusCategory category) {
        return byCategory.get(category.ordinal());
    }

    public int countedItems() {
        return workSet.size();
    }

    public List<WorkItem> excluded() {
        return workSet.excluded();
    }

    public List<WorkItem> ignoredSubtasks() {
        return workSet.ignoredSubtasks();
    }

    public List<IssueId> missing() {
        return workSet.missing();
    }

    /** Where a cycle of Parent Links was found and not followed round ({@link WorkSet#hierarchyCycles()}). */
    public Map<IssueId, IssueKey> hierarchyCycles() {
        return workSet.hierarchyCycles();
    }

    /** The weight one item carries in this rollup: 1, its estimate, or the mean for unestimated items. */
    public double weightOf(WorkItem item) {
        if (policyUsed == RollupPolicy.COUNT) {
            return 1.0;
        }
        Number estimate = policyUsed == RollupPolicy.STORY_POINTS ? item.storyPoints() : item.originalEstimateSeconds();
        return estimate == null ? meanEstimate.orElse(0) : estimate.doubleValue();
    }

    @Override
    public String summary() {
        if (workSet.isEmpty()) {
            return "undefined: no linked work";
        }
        if (denominator == 0) {
            return "undefined: all " + workSet.size() + " items weigh 0";
        }
        List<String> notes = new ArrayList<>();
        if (fellBackToCount()) {
            notes.add("no item estimated, counted issues instead of " + policyRequested);
        }
        if (!excluded().isEmpty()) {
            notes.add(excluded().size() + " excluded by resolution");
        }
        if (!ignoredSubtasks().isEmpty()) {
            notes.add(ignoredSubtasks().size() + " sub-tasks ignored");
        }
        if (!hierarchyCycles().isEmpty()) {
            notes.add("Parent Link cycle at " + hierarchyCycles().values() + " not followed");
        }
        return Math.round(numerator / denominator * 100) + "% = ("
                + total(StatusCategory.DONE).weight() + " done + "
                + inProgressCredit + " x " + total(StatusCategory.INDETERMINATE).weight() + " in progress) / "
                + denominator + " (" + policyUsed + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)) + ")";
    }
}
