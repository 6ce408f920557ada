package io.okrscorecard.core.keyresult;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.work.StatusCategory;

/** What a key result measures; one record per {@link KeyResultKind}. */
public sealed interface Measure permits Measure.Work, Measure.Metric, Measure.Milestone {

    KeyResultKind kind();

    /** Progress from the work linked by "contributes to" (the links live in the work graph). */
    record Work() implements Measure {
        @Override
        public KeyResultKind kind() {
            return KeyResultKind.WORK;
        }
    }

    /**
     * A number from {@code start} to {@code target}; {@code target < start} means lower is better,
     * {@code target == start} is a maintain metric that must say on which side success lies.
     *
     * @param current the value without any check-in; the latest check-in value replaces it
     * @param maintain required when target equals start, must be {@code null} otherwise
     */
    record Metric(double start, double target, double current, String unit, Maintain maintain) implements Measure {

        private static final int MAX_UNIT = 32;

        public Metric {
            ValidationException.requireFinite(start, "metric.start");
            ValidationException.requireFinite(target, "metric.target");
            ValidationException.requireFinite(current, "metric.current");
            unit = unit == null ? "" : unit.strip();
            if (unit.length() > MAX_UNIT) {
                throw new ValidationException("metric.unit", "must be at most " + MAX_UNIT + " characters");
            }
            if (target == start && maintain == null) {
                throw new ValidationException(
                        "metric.maintain",
                        "target equals start (" + start + "): say whether to keep it AT_LEAST or AT_MOST");
            }
            if (target != start && maintain != null) {
                throw new ValidationException(
                        "metric.maintain", "only a metric whose target equals its start is maintained");
            }
        }

        public boolean lowerIsBetter() {
            return target < start;
        }

        @Override
        public KeyResultKind kind() {
            return KeyResultKind.METRIC;
        }
    }

    /** Done when the key result issue's own status category is done. */
    record Milestone(StatusCategory status) implements Measure {

        public Milestone {
            ValidationException.requireValue(status, "milestone.statusCategory");
        }

        @Override
        public KeyResultKind kind() {
            return KeyResultKind.MILESTONE;
        }
    }
}
