package io.okrscorecard.core.rollup;

import io.okrscorecard.core.work.StatusCategory;

/**
 * The sums one rollup scan takes of a work set under one policy: per status category, the number of items, the
 * number of estimated items and the sum of their estimates (added in issue-id order). Immutable.
 *
 * <p>A change of one item can patch them in O(1) (the old item's share out, the new one's in) without changing a bit
 * of the result, but only while every partial sum is exact: every estimate a multiple of 1/1024 (whole story points,
 * halves, quarters; seconds) and the total below 2<sup>43</sup>. Then every sum, in whatever order it is taken, is
 * the exact mathematical sum, so it equals the sum in issue-id order. Otherwise a patch gives up and the next rollup
 * scans again.
 */
final class ColumnTotals {

    private static final int CATEGORIES = StatusCategory.values().length;
    private static final double SCALE = 1024.0;
    /** Sums of multiples of 1/1024 below this are exact doubles: 2^43 * 1024 = 2^53. */
    private static final double EXACT_LIMIT = 0x1p43;

    private final int[] count;
    private final int[] estimated;
    private final double[] sum;
    /** Whether every estimate summed is a multiple of 1/1024 and the total is below the limit; null: not checked. */
    private final Boolean exact;

    private ColumnTotals(int[] count, int[] estimated, double[] sum, Boolean exact) {
        this.count = count;
        this.estimated = estimated;
        this.sum = sum;
        this.exact = exact;
    }

    /** One scan over the status column and, unless {@code column} is {@code null} (COUNT), an estimate column. */
    static ColumnTotals scan(byte[] status, double[] column) {
        int[] count = new int[CATEGORIES];
        int[] estimated = new int[CATEGORIES];
        double[] sum = new double[CATEGORIES];
        if (column == null) {
            for (byte category : status) {
                count[category]++;
            }
            return new ColumnTotals(count, estimated, sum, Boolean.TRUE);
        }
        for (int i = 0; i < status.length; i++) {
            int category = status[i];
            double estimate = column[i];
            count[category]++;
            if (estimate == estimate) {
                sum[category] += estimate;
                estimated[category]++;
            }
        }
        return new ColumnTotals(count, estimated, sum, null);
    }

    int count(int category) {
        return count[category];
    }

    int estimated(int category) {
        return estimated[category];
    }

    double sum(int category) {
        return sum[category];
    }

    /**
     * The totals after one item changed from {@code oldCategory} / {@code oldEstimate} to {@code newCategory} /
     * {@code newEstimate} (NaN: unestimated; both NaN under COUNT), or {@code null} when the patch could not be exact.
     *
     * @param column the estimate column the totals were taken of, checked once for exactness ({@code null}: COUNT)
     */
    ColumnTotals patched(double[] column, int oldCategory, double oldEstimate, int newCategory, double newEstimate) {
        boolean counting = column == null;
        if (!counting && !isExact(column)) {
            return null;
        }
        int[] nextCount = count.clone();
        nextCount[oldCategory]--;
        nextCount[newCategory]++;
        if (counting) {
            return new ColumnTotals(nextCount, estimated, sum, Boolean.TRUE);
        }
        int[] nextEstimated = estimated.clone();
        double[] nextSum = sum.clone();
        if (oldEstimate == oldEstimate) {
            nextEstimated[oldCategory]--;
            nextSum[oldCategory] -= oldEstimate;
        }
        if (newEstimate == newEstimate) {
            if (!multipleOfScale(newEstimate)) {
                return null;
            }
            nextEstimated[newCategory]++;
            nextSum[newCategory] += newEstimate;
        }
        if (total(nextSum) >= EXACT_LIMIT) {
            return null;
        }
        return new ColumnTotals(nextCount, nextEstimated, nextSum, Boolean.TRUE);
    }

    private boolean isExact(double[] column) {
        if (exact != null) {
            return exact;
        }
        if (total(sum) >= EXACT_LIMIT) {
            return false;
        }
        for (double estimate : column) {
            if (estimate == estimate && !multipleOfScale(estimate)) {
                return false;
            }
        }
        return true;
    }

    private static double total(double[] sums) {
        double total = 0;
        for (double value : sums) {
            total += value;
        }
        return total;
    }

    private static boolean multipleOfScale(double estimate) {
        double scaled = estimate * SCALE;
        return scaled == Math.rint(scaled) && scaled < 0x1p53;
    }
}
