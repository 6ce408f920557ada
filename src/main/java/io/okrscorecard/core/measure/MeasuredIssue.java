package io.okrscorecard.core.measure;

import io.okrscorecard.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * What a measure reads of one issue its JQL found: when it was created, when it was resolved ({@code null}: not
 * resolved) and the value of the measure's number field ({@code null}: no value, or the aggregate reads none).
 */
public record MeasuredIssue(Instant created, Instant resolved, Double fieldValue) {

    public MeasuredIssue {
        ValidationException.requireValue(created, "issue.created");
        if (fieldValue != null) {
            ValidationException.requireFinite(fieldValue, "issue.fieldValue");
        }
    }

    /** Resolved − created in hours; empty for an unresolved issue. A resolution before the creation counts as 0 h. */
    public OptionalDouble resolutionHours() {
        if (resolved == null) {
            return OptionalDouble.empty();
        }
        double hours = Duration.between(created, resolved).toMillis() / 3_600_000.0;
        return OptionalDouble.of(Math.max(0.0, hours));
    }
}
