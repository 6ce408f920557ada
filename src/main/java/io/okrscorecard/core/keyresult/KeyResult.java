package io.okrscorecard.core.keyresult;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Key Result issue: what it measures, its weight inside its objective, its check-in history (kept oldest first; the
 * latest one gives the confidence and, for metrics, the current value) and its assignee ({@code null}: unassigned; the
 * person its check-in reminders go to, else the objective's owner).
 */
public record KeyResult(
        KeyResultId id,
        IssueKey key,
        String summary,
        Weight weight,
        Measure measure,
        List<CheckIn> checkIns,
        Person assignee) {

    public KeyResult {
        ValidationException.requireValue(id, "keyResult.id");
        ValidationException.requireValue(key, "keyResult.key");
        summary = summary == null ? "" : summary;
        ValidationException.requireValue(weight, "keyResult.weight");
        ValidationException.requireValue(measure, "keyResult.measure");
        List<CheckIn> sorted = new ArrayList<>(ValidationException.requireValue(checkIns, "keyResult.checkIns"));
        sorted.sort(Comparator.comparing(CheckIn::at));
        checkIns = List.copyOf(sorted);
    }

    /** An unassigned key result. */
    public KeyResult(
            KeyResultId id, IssueKey key, String summary, Weight weight, Measure measure, List<CheckIn> checkIns) {
        this(id, key, summary, weight, measure, checkIns, null);
    }

    public static KeyResult work(KeyResultId id, IssueKey key, String summary, Weight weight) {
        return new KeyResult(id, key, summary, weight, new Measure.Work(), List.of());
    }

    public KeyResultKind kind() {
        return measure.kind();
    }

    public Optional<CheckIn> latestCheckIn() {
        return checkIns.isEmpty() ? Optional.empty() : Optional.of(checkIns.get(checkIns.size() - 1));
    }

    /** The owner's confidence from the latest check-in; empty before the first one. */
    public Optional<Confidence> confidence() {
        return latestCheckIn().map(CheckIn::confidence);
    }

    /** The metric's current value: the latest check-in with a value, else the configured current. */
    public Optional<Double> currentValue() {
        if (!(measure instanceof Measure.Metric metric)) {
            return Optional.empty();
        }
        for (int i = checkIns.size() - 1; i >= 0; i--) {
            if (checkIns.get(i).value() != null) {
                return Optional.of(checkIns.get(i).value());
            }
        }
        return Optional.of(metric.current());
    }

    public KeyResult withCheckIn(CheckIn checkIn) {
        List<CheckIn> next = new ArrayList<>(checkIns);
        next.add(ValidationException.requireValue(checkIn, "checkIn"));
        return new KeyResult(id, key, summary, weight, measure, next, assignee);
    }

    public KeyResult withAssignee(Person newAssignee) {
        return new KeyResult(id, key, summary, weight, measure, checkIns, newAssignee);
    }

    public KeyResult withMeasure(Measure newMeasure) {
        return new KeyResult(id, key, summary, weight, newMeasure, checkIns, assignee);
    }
}
