package io.okrscorecard.core.review;

import io.okrscorecard.core.Weight;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.scoring.WeightedMean;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How grades roll up, by the rule progress rolls up by ({@link WeightedMean}): an objective's grade is the weighted mean
 * of its key results' grades by key result weight, a perspective's the weighted mean of its objectives' grades by
 * objective weight; a child without a grade is skipped, and without any graded child there is no grade.
 */
public final class GradeMeans {
    private GradeMeans() {}

    /** A child's grade (empty: not graded) and its weight. */
    public record Weighted(OptionalDouble grade, Weight weight) {
        public static Weighted of(Optional<Grade> grade, Weight weight) {
            return new Weighted(grade.map(g -> OptionalDouble.of(g.value())).orElse(OptionalDouble.empty()), weight);
        }
    }

    /** The weighted mean of the graded children; empty when none is graded. */
    public static OptionalDouble of(List<Weighted> children) {
        WeightedMean mean = new WeightedMean();
        for (Weighted child : children) {
            mean.add(
                    child.grade().isPresent()
                            ? Progress.of(child.grade().getAsDouble())
                            : Progress.undefined(UndefinedReason.NOTHING_MEASURED),
                    child.weight().value());
        }
        return mean.result(UndefinedReason.NOTHING_MEASURED).asOptional();
    }
}
