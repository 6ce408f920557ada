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
 * scans again. Whether the sums are exact is found in the scan itself and carried by each patch, so that a patch never
 * reads the column.
 */
final class ColumnTotals {

    private static final int CATEGORIES = StatusCategory.values().length;
    private static final double SCALE = 1024.0;
    /** Sums of multiples of 1/1024 below this are exact doubles: 2^43 * 1024 = 2^53. */
    private static final double EXACT_LIMIT = 0x1p43;

    private final int[] count;
    private final int[] estimated;
    private final double[] sum;
    /** Whether every estimate summed is a multiple of 1/1024 and the total is below the limit. */
    private final boolean exact;

    private ColumnTotals(int[] count, int[] estimated, double[] sum, boolean exact) {
        this.count = count;
        this.estimated = estimated;
        this.sum = sum;
        this.exact = exact;
    }

    /**
     * One scan over the status column and, unless {@code column} is {@code null} (COUNT), an estimate column, both in
     * chunks ({@link ChunkedColumns}) of equal lengths, in issue-id order.
     */
    static ColumnTotals scan(byte[][] status, double[][] column) {
        int[] count = new int[CATEGORIES];
        int[] estimated = new int[CATEGORIES];
        double[] sum = new double[CATEGORIES];
        if (column == null) {
            for (byte[] chunk : status) {
                for (byte category : chunk) {
                    count[category]++;
                }
            }
            return new ColumnTotals(count, estimated, sum, true);
        }
        boolean multiples = true;
        for (int c = 0; c < status.length; c++) {
            byte[] categories = status[c];
            double[] estimates = column[c];
            for (int i = 0; i < categories.length; i++) {
                int category = categories[i];
                double estimate = estimates[i];
                count[category]++;
                if (estimate == estimate) {
                    sum[category] += estimate;
                    estimated[category]++;
                    if (multiples && !multipleOfScale(estimate)) {
                        multiples = false;
                    }
                }
            }
        }
        return new ColumnTotals(count, estimated, sum, multiples && total(sum) < EXACT_LIMIT);
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
     * O(1): the column is not read again.
     */
    ColumnTotals patched(int oldCategory, double oldEstimate, int newCategory, double newEstimate) {
        if (!exact) {
            return null;
        }
        int[] nextCount = count.clone();
        nextCount[oldCategory]--;
        nextCount[newCategory]++;
        if (oldEstimate != oldEstimate && newEstimate != newEstimate) {
            // no estimate before or after (always so under COUNT): the sums stay as they are, and so does exactness
            return new ColumnTotals(nextCount, estimated, sum, true);
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
        return new ColumnTotals(nextCount, nextEstimated, nextSum, true);
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
