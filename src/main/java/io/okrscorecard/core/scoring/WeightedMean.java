package io.okrscorecard.core.scoring;

import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;

/**
 * Weighted mean of children's progress; undefined children are skipped, no defined child gives undefined. Public for
 * the review's grades ({@code core.review.GradeMeans}), which average by the same rule.
 */
public final class WeightedMean {

    private double numerator;
    private double denominator;
    private int children;

    public void add(Progress progress, double weight) {
        children++;
        if (progress.isDefined()) {
            numerator += weight * progress.value();
            denominator += weight;
        }
    }

    public Progress result(UndefinedReason whenNoChildren) {
        if (children == 0) {
            return Progress.undefined(whenNoChildren);
        }
        if (denominator == 0) {
            return Progress.undefined(UndefinedReason.NOTHING_MEASURED);
        }
        return Progress.of(Math.max(0.0, Math.min(1.0, numerator / denominator)));
    }
}
