package io.okrscorecard.core.rollup;

import io.okrscorecard.core.work.StatusCategory;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Progress of an expanded work set under a policy: one scan over its primitive columns that sums
 * count, estimated count and estimate per status category (kept by the work set, and patched
 * exactly when one item changes, see {@link ColumnTotals}), then the formula of DESIGN 5.
 */
public final class WorkRollup {

    private static final int CATEGORIES = StatusCategory.values().length;
    private static final int NEW = StatusCategory.NEW.ordinal();
    private static final int INDETERMINATE = StatusCategory.INDETERMINATE.ordinal();
    private static final int DONE = StatusCategory.DONE.ordinal();

    private WorkRollup() {}

    /** Just the number: the hot path of a recompute, without the explanation's lists. */
    public static Progress progress(WorkSet workSet, RollupSettings settings) {
        return explain(workSet, settings, List.of()).progress();
    }

    /** Progress with its explanation; {@code shared} is supplied by the caller, who knows the other key results. */
    public static Result explain(WorkSet workSet, RollupSettings settings, List<SharedItem> shared) {
        RollupPolicy requested = settings.policy();
        double credit = settings.inProgressCredit();
        ColumnTotals scanned = workSet.totals(requested);
        int[] count = new int[CATEGORIES];
        int[] estimated = new int[CATEGORIES];
        double[] sum = new double[CATEGORIES];
        for (int c = 0; c < CATEGORIES; c++) {
            count[c] = scanned.count(c);
            estimated[c] = scanned.estimated(c);
            sum[c] = scanned.sum(c);
        }
        int estimatedTotal = estimated[NEW] + estimated[INDETERMINATE] + estimated[DONE];
        RollupPolicy used = requested.usesEstimates() && estimatedTotal == 0 ? RollupPolicy.COUNT : requested;
        double[] weight = new double[CATEGORIES];
        OptionalDouble mean = OptionalDouble.empty();
        if (used == RollupPolicy.COUNT) {
            for (int c = 0; c < CATEGORIES; c++) {
                weight[c] = count[c];
            }
        } else {
            double meanEstimate = (sum[NEW] + sum[INDETERMINATE] + sum[DONE]) / estimatedTotal;
            mean = OptionalDouble.of(meanEstimate);
            for (int c = 0; c < CATEGORIES; c++) {
                weight[c] = sum[c] + (count[c] - estimated[c]) * meanEstimate;
            }
        }
        double numerator = weight[DONE] + credit * weight[INDETERMINATE];
        double denominator = weight[NEW] + weight[INDETERMINATE] + weight[DONE];
        Progress progress;
        if (workSet.isEmpty()) {
            progress = Progress.undefined(UndefinedReason.NO_LINKED_WORK);
        } else if (denominator == 0) {
            progress = Progress.undefined(UndefinedReason.ALL_WEIGHTS_ZERO);
        } else {
            progress = Progress.of(Math.min(1.0, numerator / denominator));
        }
        double[] credits = {0.0, credit, 1.0};
        CategoryTotal[] totals = new CategoryTotal[CATEGORIES];
        for (StatusCategory category : StatusCategory.values()) {
            int c = category.ordinal();
            int estimatedHere = used == RollupPolicy.COUNT ? 0 : estimated[c];
            totals[c] = new CategoryTotal(category, count[c], estimatedHere, weight[c], credits[c]);
        }
        WorkExplanation explanation = new WorkExplanation(
                requested, used, credit, List.of(totals), mean, numerator, denominator, shared, workSet);
        return new Result(progress, explanation);
    }

    /** A work key result's progress and how it came about. */
    public record Result(Progress progress, WorkExplanation explanation) {}
}
