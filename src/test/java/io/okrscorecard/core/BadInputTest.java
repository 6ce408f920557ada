package io.okrscorecard.core;

import static io.okrscorecard.core.WorkItems.story;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.work.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;

/** Bad input is rejected when a value is built, with a message naming the field. */
public class BadInputTest {

    @Test
    public void negativeWeightIsRejected() {
        assertRejected("weight", "-1.0", () -> Weight.of(-1));
        assertRejected("weight", "0.0", () -> Weight.of(0));
    }

    @Test
    public void nanWeightIsRejected() {
        assertRejected("weight", "NaN", () -> Weight.of(Double.NaN));
        assertRejected("weight", "Infinity", () -> Weight.of(Double.POSITIVE_INFINITY));
    }

    @Test
    public void negativeStoryPointsAreRejected() {
        assertRejected(
                "workItem.storyPoints", "A-1", () -> story("A-1").points(-2).build());
    }

    @Test
    public void nanStoryPointsAreRejected() {
        assertRejected("workItem.storyPoints", "NaN", () -> story("A-1")
                .points(Double.NaN)
                .build());
    }

    @Test
    public void negativeOriginalEstimateIsRejected() {
        assertRejected(
                "workItem.originalEstimate", "A-1", () -> story("A-1").hours(-1).build());
    }

    @Test
    public void nanOrInfiniteMetricValuesAreRejected() {
        assertRejected("metric.start", "NaN", () -> new Measure.Metric(Double.NaN, 1, 0, "", null));
        assertRejected("metric.target", "Infinity", () -> new Measure.Metric(0, Double.POSITIVE_INFINITY, 0, "", null));
        assertRejected(
                "metric.current", "-Infinity", () -> new Measure.Metric(0, 1, Double.NEGATIVE_INFINITY, "", null));
        assertRejected(
                "checkIn.value", "NaN", () -> new CheckIn(Double.NaN, Confidence.ON_TRACK, "", "u", Instant.EPOCH));
    }

    @Test
    public void maintainMetricMustDeclareItsDirection() {
        assertRejected("metric.maintain", "AT_LEAST or AT_MOST", () -> new Measure.Metric(95, 95, 96, "%", null));
    }

    @Test
    public void unknownStatusCategoryIsRejected() {
        assertRejected("statusCategory", "'undefined'", () -> StatusCategory.fromKey("undefined"));
        assertEquals(StatusCategory.INDETERMINATE, StatusCategory.fromKey("indeterminate"));
    }

    @Test
    public void keyResultInTwoObjectivesIsAConfigurationProblem() {
        Fixture f = new Fixture()
                .objective(Objectives.objective("O-1").in("customer").with(KeyResults.work("KR-1")))
                .objective(Objectives.objective("O-2").in("financial").with(KeyResults.work("KR-1")));
        ValidationException e = assertThrows(ValidationException.class, f::definition);
        assertEquals("keyResult.objective", e.field());
        assertTrue(e.getMessage(), e.getMessage().contains("KR-1 measures two objectives, O-1 and O-2"));
    }

    @Test
    public void thresholdsOutOfOrderAreRejected() {
        assertRejected("thresholds.amber", "must not exceed", () -> new Thresholds(0.4, 0.7));
        assertRejected("thresholds.green", "between 0 and 1", () -> new Thresholds(1.2, 0.4));
        assertRejected("thresholds.amber", "NaN", () -> new Thresholds(0.7, Double.NaN));
    }

    @Test
    public void inProgressCreditOutsideZeroToOneIsRejected() {
        assertRejected("rollup.inProgressCredit", "1.5", () -> RollupSettings.defaults()
                .withInProgressCredit(1.5));
        assertRejected("rollup.inProgressCredit", "NaN", () -> RollupSettings.defaults()
                .withInProgressCredit(Double.NaN));
    }

    @Test
    public void progressOutsideZeroToOneIsRejected() {
        assertRejected("progress", "1.2", () -> Progress.of(1.2));
        assertRejected("progress", "NaN", () -> Progress.of(Double.NaN));
    }

    @Test
    public void badPerspectiveKeysAndColoursAreRejected() {
        assertRejected("perspectiveKey", "Financial", () -> PerspectiveKey.of("Financial"));
        assertRejected("perspectiveKey", "x".repeat(33), () -> PerspectiveKey.of("x".repeat(33)));
        assertRejected(
                "perspective.colour",
                "red",
                () -> new Perspective(PerspectiveKey.of("risk"), "Risk", 0, "red", Weight.ONE, Thresholds.DEFAULT));
        assertRejected("perspective.key", "duplicate", () -> Perspectives.defaults()
                .add(Perspectives.defaults().all().get(0)));
    }

    @Test
    public void cycleEndingBeforeItStartsIsRejected() {
        assertRejected(
                "cycle.end",
                "before",
                () -> Cycle.of("2026-Q4", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 10, 1)));
    }

    @Test
    public void objectiveOfAnotherCycleIsRejected() {
        Fixture f = new Fixture().objective(Objectives.objective("O-1"));
        Cycle nextQuarter = Cycle.of("2027-Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new ScorecardDefinition(
                        nextQuarter,
                        Perspectives.defaults(),
                        RollupSettings.defaults(),
                        f.definition().statusMode(),
                        f.definition().objectives()));
        assertEquals("objective.cycle", e.field());
    }

    @Test
    public void badIssueKeysAndIdsAreRejected() {
        assertRejected("issueKey", "a-1", () -> IssueKey.of("a-1"));
        assertRejected("issueId", "0", () -> IssueId.of(0));
        assertRejected("keyResultId", "-3", () -> KeyResultId.of(-3));
    }

    @Test
    public void reorderMustNameEveryPerspectiveOnce() {
        assertRejected("perspectives.order", "exactly once", () -> Perspectives.defaults()
                .reorder(List.of(PerspectiveKey.of("financial"))));
    }

    private static void assertRejected(String field, String messagePart, ThrowingRunnable construction) {
        ValidationException e = assertThrows(ValidationException.class, construction);
        assertEquals(field, e.field());
        assertTrue(e.getMessage(), e.getMessage().startsWith(field + ": "));
        assertTrue(e.getMessage(), e.getMessage().contains(messagePart));
    }
}
