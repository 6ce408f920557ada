package io.okrscorecard.core.measure;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Each aggregate of a Jira measure against values computed by hand, and what is undefined. */
public class MeasurementTest {
    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    private static final KeyResultId KR = KeyResultId.of(42);

    private static MeasuredIssue resolvedAfter(double hours) {
        return new MeasuredIssue(T0, T0.plus(Duration.ofMinutes(Math.round(hours * 60))), null);
    }

    private static MeasuredIssue open() {
        return new MeasuredIssue(T0, null, null);
    }

    private static MeasuredIssue valued(Double value) {
        return new MeasuredIssue(T0, null, value);
    }

    @Test
    public void countIsTheNumberOfIssuesFound() {
        Measurement m = Measurement.of(Aggregate.COUNT, List.of(open(), open(), resolvedAfter(3)));
        assertEquals(3.0, m.value(), 0.0);
        assertEquals(3, m.issueCount());
        assertEquals(3, m.counted());
    }

    @Test
    public void countOfNoIssuesIsZeroBecauseZeroIsATrueCount() {
        Measurement m = Measurement.of(Aggregate.COUNT, List.of());
        assertEquals(0.0, m.value(), 0.0);
        assertEquals(0, m.issueCount());
    }

    @Test
    public void sumAddsTheFieldOverTheIssuesWithAValue() {
        // 2 + 3.5 + 4.5 = 10; the issue without a value is found but not summed
        Measurement m = Measurement.of(Aggregate.SUM, List.of(valued(2.0), valued(3.5), valued(null), valued(4.5)));
        assertEquals(10.0, m.value(), 1e-9);
        assertEquals(4, m.issueCount());
        assertEquals(3, m.counted());
    }

    @Test
    public void averageIsTheMeanOverTheIssuesWithAValue() {
        // (2 + 3.5 + 4.5) / 3 = 3.333…
        Measurement m = Measurement.of(Aggregate.AVERAGE, List.of(valued(2.0), valued(3.5), valued(null), valued(4.5)));
        assertEquals(10.0 / 3.0, m.value(), 1e-9);
        assertEquals(3, m.counted());
    }

    @Test
    public void sumAndAverageWithoutAnyValueAreUndefinedNotZero() {
        Measurement sum = Measurement.of(Aggregate.SUM, List.of(valued(null), valued(null)));
        assertFalse(sum.defined());
        assertNull(sum.value());
        assertEquals("no issue has a value in the field", sum.undefinedReason());
        Measurement average = Measurement.of(Aggregate.AVERAGE, List.of());
        assertFalse(average.defined());
        assertEquals("no issues", average.undefinedReason());
    }

    @Test
    public void averageResolutionTimeIsTheMeanOfResolvedMinusCreatedOverResolvedIssuesOnly() {
        // resolved after 10 h, 20 h and 36 h: (10 + 20 + 36) / 3 = 22 h; the open issue does not count
        Measurement m = Measurement.of(
                Aggregate.AVERAGE_RESOLUTION_HOURS,
                List.of(resolvedAfter(10), resolvedAfter(20), open(), resolvedAfter(36)));
        assertEquals(22.0, m.value(), 1e-9);
        assertEquals(4, m.issueCount());
        assertEquals(3, m.counted());
    }

    @Test
    public void medianResolutionTimeOfAnOddCountIsTheMiddleValue() {
        // 4, 30, 9, 12, 50 h sorted: 4, 9, 12, 30, 50 → 12 h
        Measurement m = Measurement.of(
                Aggregate.MEDIAN_RESOLUTION_HOURS,
                List.of(resolvedAfter(4), resolvedAfter(30), resolvedAfter(9), resolvedAfter(12), resolvedAfter(50)));
        assertEquals(12.0, m.value(), 1e-9);
    }

    @Test
    public void medianResolutionTimeOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        // 4, 9, 12, 30 h → (9 + 12) / 2 = 10.5 h; the open issue does not count
        Measurement m = Measurement.of(
                Aggregate.MEDIAN_RESOLUTION_HOURS,
                List.of(resolvedAfter(30), open(), resolvedAfter(4), resolvedAfter(12), resolvedAfter(9)));
        assertEquals(10.5, m.value(), 1e-9);
        assertEquals(4, m.counted());
    }

    @Test
    public void resolutionTimeWithoutResolvedIssuesIsUndefinedNotZero() {
        Measurement none = Measurement.of(Aggregate.MEDIAN_RESOLUTION_HOURS, List.of());
        assertFalse(none.defined());
        assertEquals("no issues", none.undefinedReason());
        Measurement unresolved = Measurement.of(Aggregate.AVERAGE_RESOLUTION_HOURS, List.of(open(), open()));
        assertFalse(unresolved.defined());
        assertEquals(2, unresolved.issueCount());
        assertEquals("no resolved issues", unresolved.undefinedReason());
    }

    @Test
    public void resolutionTimeCountsMinutesAsFractionsOfAnHour() {
        MeasuredIssue issue = new MeasuredIssue(T0, T0.plus(Duration.ofMinutes(90)), null);
        assertEquals(1.5, issue.resolutionHours().getAsDouble(), 1e-9);
    }

    @Test
    public void aManyIssueMedianMatchesTheSortedMiddle() {
        List<MeasuredIssue> issues = new ArrayList<>();
        for (int i = 1; i <= 2001; i++) {
            issues.add(resolvedAfter(i));
        }
        assertEquals(
                1001.0,
                Measurement.of(Aggregate.MEDIAN_RESOLUTION_HOURS, issues).value(),
                1e-9);
    }

    @Test
    public void aDefinitionTakesJqlOrAFilterButNotBoth() {
        ValidationException neither = assertThrows(
                ValidationException.class, () -> new MeasureDefinition(KR, " ", null, Aggregate.COUNT, null));
        assertEquals("measure.jql", neither.field());
        ValidationException both = assertThrows(
                ValidationException.class,
                () -> new MeasureDefinition(KR, "project = SUP", 10L, Aggregate.COUNT, null));
        assertEquals("measure.filterId", both.field());
        assertEquals("filter = 10", new MeasureDefinition(KR, null, 10L, Aggregate.COUNT, null).describedQuery());
    }

    @Test
    public void aJqlOverFourThousandCharactersIsRefused() {
        String jql = "project = SUP AND summary ~ \"" + "x".repeat(4000) + "\"";
        ValidationException tooLong =
                assertThrows(ValidationException.class, () -> MeasureDefinition.ofJql(KR, jql, Aggregate.COUNT, null));
        assertEquals("measure.jql", tooLong.field());
        assertTrue(tooLong.reason().contains("4000"));
        MeasureDefinition.ofJql(KR, "x".repeat(4000), Aggregate.COUNT, null);
    }

    @Test
    public void sumAndAverageNeedANumberFieldAndTheOthersTakeNone() {
        ValidationException missing = assertThrows(
                ValidationException.class, () -> MeasureDefinition.ofJql(KR, "project = SUP", Aggregate.SUM, null));
        assertEquals("measure.fieldId", missing.field());
        ValidationException malformed = assertThrows(
                ValidationException.class,
                () -> MeasureDefinition.ofJql(KR, "project = SUP", Aggregate.AVERAGE, "Story Points"));
        assertEquals("measure.fieldId", malformed.field());
        ValidationException extra = assertThrows(
                ValidationException.class,
                () -> MeasureDefinition.ofJql(KR, "project = SUP", Aggregate.COUNT, "customfield_10200"));
        assertEquals("measure.fieldId", extra.field());
    }

    @Test
    public void aRunHasAValueExactlyWhenMeasured() {
        MeasureRun measured =
                MeasureRun.of(T0, "project = SUP", Measurement.of(Aggregate.COUNT, List.of(open(), open())));
        assertEquals(MeasureRun.Outcome.MEASURED, measured.outcome());
        assertEquals(2.0, measured.value(), 0.0);
        MeasureRun undefined =
                MeasureRun.of(T0, "project = SUP", Measurement.of(Aggregate.MEDIAN_RESOLUTION_HOURS, List.of(open())));
        assertEquals(MeasureRun.Outcome.UNDEFINED, undefined.outcome());
        assertNull(undefined.value());
        assertEquals("no resolved issues", undefined.message());
    }
}
