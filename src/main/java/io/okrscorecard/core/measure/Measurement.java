package io.okrscorecard.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One aggregate over the issues a measure found: the value ({@code null}: undefined, with the reason), the number of
 * issues found and the number the value was computed from (the resolved ones for resolution time, those with a value
 * in the field for SUM and AVERAGE, all of them for COUNT).
 */
public record Measurement(Double value, int issueCount, int counted, String undefinedReason) {

    public boolean defined() {
        return value != null;
    }

    /** Applies {@code aggregate} to the issues (docs/rollup-rules.md, "Key results measured from Jira"). */
    public static Measurement of(Aggregate aggregate, List<MeasuredIssue> issues) {
        int found = issues.size();
        switch (aggregate) {
            case COUNT:
                return new Measurement((double) found, found, found, null);
            case SUM:
            case AVERAGE: {
                List<Double> values = new ArrayList<>();
                for (MeasuredIssue issue : issues) {
                    if (issue.fieldValue() != null) {
                        values.add(issue.fieldValue());
                    }
                }
                if (values.isEmpty()) {
                    return undefined(found, found == 0 ? "no issues" : "no issue has a value in the field");
                }
                double sum = 0;
                for (double value : values) {
                    sum += value;
                }
                double value = aggregate == Aggregate.SUM ? sum : sum / values.size();
                return new Measurement(value, found, values.size(), null);
            }
            case AVERAGE_RESOLUTION_HOURS:
            case MEDIAN_RESOLUTION_HOURS: {
                List<Double> hours = new ArrayList<>();
                for (MeasuredIssue issue : issues) {
                    OptionalDouble h = issue.resolutionHours();
                    if (h.isPresent()) {
                        hours.add(h.getAsDouble());
                    }
                }
                if (hours.isEmpty()) {
                    return undefined(found, found == 0 ? "no issues" : "no resolved issues");
                }
                double value = aggregate == Aggregate.AVERAGE_RESOLUTION_HOURS ? mean(hours) : median(hours);
                return new Measurement(value, found, hours.size(), null);
            }
            default:
                throw new IllegalArgumentException("unknown aggregate " + aggregate);
        }
    }

    private static Measurement undefined(int found, String reason) {
        return new Measurement(null, found, 0, reason);
    }

    private static double mean(List<Double> values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.size();
    }

    /** The middle value; of an even count, the mean of the two middle values. */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
