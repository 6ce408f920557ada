package io.okrscorecard.core.keyresult;

/** Direction of a "maintain" metric (target equals start): which side of the target is success. */
public enum Maintain {
    /** Progress 1 while current >= target. */
    AT_LEAST,
    /** Progress 1 while current <= target. */
    AT_MOST;

    public boolean isMet(double current, double target) {
        return this == AT_LEAST ? current >= target : current <= target;
    }
}
