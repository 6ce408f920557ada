package io.okrscorecard.core.rollup;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.work.WorkItem;
import java.util.Arrays;

/**
 * The counted items of a {@link WorkSet}, sorted by issue id, with their status category and estimates copied into
 * primitive columns: four parallel columns, each held as chunks of {@value #CHUNK} entries (the last chunk may be
 * shorter) under an outer array of chunk references. Immutable: a chunk is never written once built.
 *
 * <p>Why chunks: a change of one issue ({@link WorkSet#withChanged}) makes a new work set that differs from the old one
 * in one cell per changed column. With flat arrays that new work set had to copy every column it changed, O(n) (about
 * 500 KB for a key result of 100,000 items) for each issue event. In chunks, {@link #with} copies the outer array and
 * the one chunk that holds the cell, O(n / {@value #CHUNK} + {@value #CHUNK}), and shares every other chunk, and every
 * column whose cell keeps its value, with the columns it was made from. A rollup scans the chunks in order, so its
 * sums are added in issue-id order as before.
 */
final class ChunkedColumns {

    static final int CHUNK_BITS = 10;
    /** Entries per chunk. */
    static final int CHUNK = 1 << CHUNK_BITS;

    private static final int OFFSET_MASK = CHUNK - 1;
    private static final ChunkedColumns EMPTY =
            new ChunkedColumns(0, new WorkItem[0][], new byte[0][], new double[0][], new double[0][]);

    private final int size;
    private final WorkItem[][] items;
    /** {@link io.okrscorecard.core.work.StatusCategory#ordinal()} of each item. */
    private final byte[][] status;
    /** Story points of each item, NaN where unestimated. */
    private final double[][] points;
    /** Original estimate in seconds of each item, NaN where unestimated. */
    private final double[][] seconds;

    private ChunkedColumns(int size, WorkItem[][] items, byte[][] status, double[][] points, double[][] seconds) {
        this.size = size;
        this.items = items;
        this.status = status;
        this.points = points;
        this.seconds = seconds;
    }

    /** The columns of items already sorted by issue id, each id once; {@code sorted} is not kept. */
    static ChunkedColumns of(WorkItem[] sorted) {
        if (sorted.length == 0) {
            return EMPTY;
        }
        int chunks = (sorted.length + OFFSET_MASK) >>> CHUNK_BITS;
        WorkItem[][] items = new WorkItem[chunks][];
        byte[][] status = new byte[chunks][];
        double[][] points = new double[chunks][];
        double[][] seconds = new double[chunks][];
        for (int c = 0; c < chunks; c++) {
            int from = c << CHUNK_BITS;
            int length = Math.min(CHUNK, sorted.length - from);
            items[c] = Arrays.copyOfRange(sorted, from, from + length);
            status[c] = new byte[length];
            points[c] = new double[length];
            seconds[c] = new double[length];
            for (int i = 0; i < length; i++) {
                WorkItem item = items[c][i];
                status[c][i] = statusOf(item);
                points[c][i] = pointsOf(item);
                seconds[c][i] = secondsOf(item);
            }
        }
        return new ChunkedColumns(sorted.length, items, status, points, seconds);
    }

    int size() {
        return size;
    }

    WorkItem item(int index) {
        return items[index >>> CHUNK_BITS][index & OFFSET_MASK];
    }

    /** The status category ordinal of the item at {@code index}. */
    int status(int index) {
        return status[index >>> CHUNK_BITS][index & OFFSET_MASK];
    }

    /** The estimate of the item at {@code index} under a policy, NaN where unestimated and always under COUNT. */
    double estimate(RollupPolicy policy, int index) {
        double[][] column = estimateChunks(policy);
        return column == null ? Double.NaN : column[index >>> CHUNK_BITS][index & OFFSET_MASK];
    }

    /** The chunks of the status column, in issue-id order; shared, never to be written. */
    byte[][] statusChunks() {
        return status;
    }

    /**
     * The chunks of the estimate column of a policy, in issue-id order, as long as those of {@link #statusChunks()};
     * {@code null} for COUNT. Shared, never to be written.
     */
    double[][] estimateChunks(RollupPolicy policy) {
        return switch (policy) {
            case COUNT -> null;
            case STORY_POINTS -> points;
            case TIME -> seconds;
        };
    }

    /** The chunk of items with this number, in issue-id order; shared, never to be written. */
    WorkItem[] itemChunk(int chunk) {
        return items[chunk];
    }

    int chunkCount() {
        return items.length;
    }

    /** The index of the item with this issue id, or a negative number when there is none: a binary search. */
    int indexOf(IssueId id) {
        long wanted = id.value();
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = Long.compare(item(middle).id().value(), wanted);
            if (order == 0) {
                return middle;
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    /**
     * The same columns with the item at {@code index} replaced by {@code changed} (the same issue): the outer array
     * and the chunk holding the cell are copied in each column whose cell changes; every other chunk, and every column
     * whose cell keeps its value, is shared with these columns.
     */
    ChunkedColumns with(int index, WorkItem changed) {
        int chunk = index >>> CHUNK_BITS;
        int offset = index & OFFSET_MASK;
        WorkItem[][] nextItems = items.clone();
        nextItems[chunk] = items[chunk].clone();
        nextItems[chunk][offset] = changed;
        byte category = statusOf(changed);
        byte[][] nextStatus = status;
        if (status[chunk][offset] != category) {
            nextStatus = status.clone();
            nextStatus[chunk] = status[chunk].clone();
            nextStatus[chunk][offset] = category;
        }
        return new ChunkedColumns(
                size,
                nextItems,
                nextStatus,
                patched(points, chunk, offset, pointsOf(changed)),
                patched(seconds, chunk, offset, secondsOf(changed)));
    }

    private static double[][] patched(double[][] column, int chunk, int offset, double value) {
        if (sameValue(column[chunk][offset], value)) {
            return column;
        }
        double[][] next = column.clone();
        next[chunk] = column[chunk].clone();
        next[chunk][offset] = value;
        return next;
    }

    /** Equal including NaN (unestimated) and the sign of zero, as the column stores it. */
    private static boolean sameValue(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    /** The items in issue-id order, copied into one array. */
    WorkItem[] toArray() {
        WorkItem[] all = new WorkItem[size];
        for (int c = 0; c < items.length; c++) {
            System.arraycopy(items[c], 0, all, c << CHUNK_BITS, items[c].length);
        }
        return all;
    }

    private static byte statusOf(WorkItem item) {
        return (byte) item.status().ordinal();
    }

    private static double pointsOf(WorkItem item) {
        return item.storyPoints() == null ? Double.NaN : item.storyPoints();
    }

    private static double secondsOf(WorkItem item) {
        return item.originalEstimateSeconds() == null ? Double.NaN : item.originalEstimateSeconds();
    }

    /** Equal when they hold equal items in the same order (the other columns follow from the items). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ChunkedColumns c) || c.size != size) {
            return false;
        }
        for (int chunk = 0; chunk < items.length; chunk++) {
            if (!Arrays.equals(items[chunk], c.items[chunk])) {
                return false;
            }
        }
        return true;
    }

    /** {@link Arrays#hashCode(Object[])} of the items in order, as if they were one array. */
    @Override
    public int hashCode() {
        int hash = 1;
        for (WorkItem[] chunk : items) {
            for (WorkItem item : chunk) {
                hash = 31 * hash + item.hashCode();
            }
        }
        return hash;
    }
}
