package io.okrscorecard.core.measure;

import io.okrscorecard.core.ValidationException;
import java.time.Instant;

/**
 * One evaluation of a key result's measure, as it is kept and shown: when, what came of it, the value and the number of
 * issues found (for {@link Outcome#MEASURED}), the JQL that ran, and the reason of an undefined value or a failure.
 * Only a MEASURED run writes a system check-in; the others leave the last good value and its date as they were.
 */
public record MeasureRun(Instant at, Outcome outcome, Double value, int issueCount, String query, String message) {

    private static final int MAX_MESSAGE = 1000;

    /** What came of an evaluation. */
    public enum Outcome {
        /** A value: stored as a system check-in. */
        MEASURED,
        /** The search ran but gave no value (no issues, none resolved, no field values): no check-in, never 0. */
        UNDEFINED,
        /** The search could not run or did not finish (JQL error, field gone, no technical user, time budget). */
        FAILED
    }

    public MeasureRun {
        ValidationException.requireValue(at, "measureRun.at");
        ValidationException.requireValue(outcome, "measureRun.outcome");
        if ((outcome == Outcome.MEASURED) != (value != null)) {
            throw new IllegalArgumentException("a value is given exactly for a MEASURED run");
        }
        message = message == null ? "" : message;
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
        query = query == null ? "" : query;
    }

    public static MeasureRun failed(Instant at, String query, String reason) {
        return new MeasureRun(at, Outcome.FAILED, null, 0, query, reason);
    }

    /** The run of a measurement: MEASURED with its value, or UNDEFINED with its reason. */
    public static MeasureRun of(Instant at, String query, Measurement measurement) {
        return measurement.defined()
                ? new MeasureRun(at, Outcome.MEASURED, measurement.value(), measurement.issueCount(), query, "")
                : new MeasureRun(
                        at, Outcome.UNDEFINED, null, measurement.issueCount(), query, measurement.undefinedReason());
    }
}
