package io.okrscorecard.core.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

/** A grade is a number from 0.0 to 1.0 with at most two decimals; anything else names the field {@code grade}. */
public class GradeTest {

    @Test
    public void gradesFromZeroToOneWithUpToTwoDecimalsAreValid() {
        assertEquals(0.0, Grade.of(0.0).value(), 0.0);
        assertEquals(0.7, Grade.of(0.7).value(), 0.0);
        assertEquals(0.35, Grade.of(0.35).value(), 0.0);
        assertEquals(1.0, Grade.of(1.0).value(), 0.0);
    }

    @Test
    public void outsideZeroToOneNanInfinityAndThreeDecimalsAreRejectedNamingGrade() {
        for (double bad : new double[] {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY, 0.333, 0.7000001}) {
            ValidationException invalid = assertThrows(ValidationException.class, () -> Grade.of(bad));
            assertEquals(String.valueOf(bad), "grade", invalid.field());
        }
    }

    @Test
    public void theDefaultGradeIsTheProgressRoundedToTwoDecimals() {
        assertEquals(0.67, Grade.ofProgress(2.0 / 3).value(), 0.0);
        assertEquals(0.13, Grade.ofProgress(0.125).value(), 0.0);
        assertEquals(1.0, Grade.ofProgress(1.0).value(), 0.0);
    }

    @Test
    public void aCommentOfMoreThanAThousandCharactersIsRejectedNamingComment() {
        ValidationException invalid = assertThrows(
                ValidationException.class,
                () -> new GradeChange(
                        CycleId.of("2026-Q3"),
                        KeyResultId.of(1),
                        Optional.empty(),
                        Grade.of(0.5),
                        "x".repeat(1001),
                        "admin",
                        Instant.EPOCH));
        assertEquals("comment", invalid.field());
    }

    @Test
    public void retrospectiveTextsOfMoreThan4000CharactersAreRejectedNamingTheText() {
        ValidationException invalid = assertThrows(
                ValidationException.class,
                () -> new Retrospective(
                        CycleId.of("2026-Q3"), ObjectiveId.of(1), "ok", "y".repeat(4001), "admin", Instant.EPOCH));
        assertEquals("change", invalid.field());
    }
}
