package io.okrscorecard.core.rollup;

import io.okrscorecard.core.keyresult.Maintain;

/**
 * The inputs of a metric key result: attainment = (current - start) / (target - start), shown
 * raw (it may be below 0 or above 1); progress is attainment clamped to [0, 1]. For a maintain
 * metric attainment is 1 while current is on the declared side of the target, else 0.
 *
 * @param fromCheckIn whether current came from the latest check-in rather than the configured value
 */
public record MetricExplanation(
        double start,
        double target,
        double current,
        String unit,
        Maintain maintain,
        double attainment,
        boolean fromCheckIn)
        implements Explanation {

    public boolean lowerIsBetter() {
        return target < start;
    }

    @Override
    public String summary() {
        if (maintain != null) {
            return (attainment >= 1 ? "100%" : "0%") + ": maintain " + (maintain == Maintain.AT_LEAST ? ">= " : "<= ")
                    + target + unit + ", current " + current + unit;
        }
        return Math.round(attainment * 100) + "% attained = (" + current + " - " + start + ") / (" + target + " - "
                + start + ")" + (unit.isEmpty() ? "" : " " + unit) + (lowerIsBetter() ? ", lower is better" : "");
    }
}
