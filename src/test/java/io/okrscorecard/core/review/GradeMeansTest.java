package io.okrscorecard.core.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.okrscorecard.core.Weight;
import io.okrscorecard.core.review.GradeMeans.Weighted;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.Test;

/** Grades roll up as progress does: weighted means, ungraded children skipped, none graded gives none. */
public class GradeMeansTest {

    @Test
    public void anObjectiveGradeIsTheWeightedMeanOfItsKeyResultsGrades() {
        OptionalDouble grade = GradeMeans.of(List.of(
                Weighted.of(Optional.of(Grade.of(0.9)), Weight.of(2)),
                Weighted.of(Optional.of(Grade.of(0.3)), Weight.ONE)));

        assertEquals(0.7, grade.getAsDouble(), 1e-12);
    }

    @Test
    public void ungradedKeyResultsAreSkippedAndNoneGradedGivesNoGrade() {
        OptionalDouble skipped = GradeMeans.of(List.of(
                Weighted.of(Optional.of(Grade.of(0.4)), Weight.ONE), Weighted.of(Optional.empty(), Weight.of(5))));
        OptionalDouble none = GradeMeans.of(List.of(Weighted.of(Optional.empty(), Weight.ONE)));

        assertEquals(0.4, skipped.getAsDouble(), 1e-12);
        assertFalse(none.isPresent());
        assertFalse(GradeMeans.of(List.of()).isPresent());
    }
}
