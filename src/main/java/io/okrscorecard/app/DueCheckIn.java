package io.okrscorecard.app;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.objective.Objective;
import java.time.LocalDate;

/**
 * A METRIC key result on which a check-in is due, as a reminder lists it.
 *
 * @param lastValue the metric's current value (the latest check-in's, else the configured one)
 * @param confidence the latest check-in's confidence, {@code null} before the first check-in
 * @param dueSince the day since which a check-in is due ({@link io.okrscorecard.core.checkin.CheckInCadence#dueSince})
 */
public record DueCheckIn(
        IssueKey key,
        String summary,
        double lastValue,
        String unit,
        Confidence confidence,
        LocalDate dueSince,
        IssueKey objectiveKey,
        String objectiveSummary) {

    public DueCheckIn {
        ValidationException.requireValue(key, "dueCheckIn.key");
        summary = summary == null ? "" : summary;
        unit = unit == null ? "" : unit;
        ValidationException.requireValue(dueSince, "dueCheckIn.dueSince");
        ValidationException.requireValue(objectiveKey, "dueCheckIn.objectiveKey");
        objectiveSummary = objectiveSummary == null ? "" : objectiveSummary;
    }

    /** A METRIC key result of the objective, due since that day. */
    static DueCheckIn of(KeyResult keyResult, Objective objective, LocalDate dueSince) {
        Measure.Metric metric = (Measure.Metric) keyResult.measure();
        return new DueCheckIn(
                keyResult.key(),
                keyResult.summary(),
                keyResult.currentValue().orElse(metric.current()),
                metric.unit(),
                keyResult.confidence().orElse(null),
                dueSince,
                objective.key(),
                objective.summary());
    }
}
