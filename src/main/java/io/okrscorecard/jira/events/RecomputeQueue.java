package io.okrscorecard.jira.events;

import io.okrscorecard.app.ApplyingIssueChanges.WorkChanges;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Key results waiting to be recalculated: bounded (at most {@code capacity} distinct key results) and de-duplicating
 * (a key result already waiting is not added again, so a storm of events for one key result costs one recalculation).
 * Oldest first. Each key result waits either <em>wholly</em> (its work must be read again) or with the ids of the
 * issues whose fields changed in place, which the worker can patch into its kept work state. Whole wins over items;
 * the ids are bounded too: more than {@link #ITEMS_PER_KEY_RESULT} for one key result, or more than {@code capacity}
 * in all, and the key result waits wholly instead. Many producers (event threads), one consumer (the worker); it also
 * knows whether the consumer is busy, so that a caller can wait until everything offered so far has been recalculated.
 */
final class RecomputeQueue {

    /** Changed issues kept per key result: one bounded search of Jira reads them again. */
    static final int ITEMS_PER_KEY_RESULT = 1000;

    private final int capacity;
    /** Key result to the changed issues; {@code null} when it waits wholly. */
    private final LinkedHashMap<KeyResultId, Set<IssueId>> pending = new LinkedHashMap<>();

    private int items;
    private boolean busy;
    private boolean closed;

    RecomputeQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    /**
     * Adds the key results to recalculate wholly, as far as there is room.
     *
     * @return the ids that did not fit (empty when all fit or were already waiting)
     */
    synchronized List<KeyResultId> offer(Collection<KeyResultId> ids) {
        return offer(ids, List.of(), null);
    }

    /**
     * Adds {@code whole} to recalculate wholly and {@code throughItem} with {@code item} changed in place, as far as
     * there is room.
     *
     * @return the ids that did not fit (empty when all fit or were already waiting)
     */
    synchronized List<KeyResultId> offer(
            Collection<KeyResultId> whole, Collection<KeyResultId> throughItem, IssueId item) {
        List<KeyResultId> overflow = List.of();
        boolean added = false;
        for (KeyResultId id : whole) {
            if (!add(id, null)) {
                overflow = overflow(overflow, id);
            } else {
                added = true;
            }
        }
        for (KeyResultId id : throughItem) {
            if (!add(id, item)) {
                overflow = overflow(overflow, id);
            } else {
                added = true;
            }
        }
        if (added) {
            notifyAll();
        }
        return overflow;
    }

    /** Whether the key result waits (now or already); {@code item} {@code null} means wholly. */
    private boolean add(KeyResultId id, IssueId item) {
        if (pending.containsKey(id)) {
            Set<IssueId> changed = pending.get(id);
            if (changed == null || (item != null && changed.contains(item))) {
                return true;
            }
            if (item == null || changed.size() >= ITEMS_PER_KEY_RESULT || items >= capacity) {
                items -= changed.size();
                pending.put(id, null);
            } else {
                changed.add(item);
                items++;
            }
            return true;
        }
        if (pending.size() >= capacity) {
            return false;
        }
        if (item == null || items >= capacity) {
            pending.put(id, null);
        } else {
            Set<IssueId> changed = new HashSet<>();
            changed.add(item);
            pending.put(id, changed);
            items++;
        }
        return true;
    }

    private static List<KeyResultId> overflow(List<KeyResultId> overflow, KeyResultId id) {
        List<KeyResultId> result = overflow.isEmpty() ? new ArrayList<>() : overflow;
        result.add(id);
        return result;
    }

    /**
     * Waits for key results and takes up to {@code max} of them, marking the consumer busy until {@link #done()}.
     *
     * @return the oldest key results, or nothing once the queue is closed
     */
    synchronized WorkChanges take(int max) throws InterruptedException {
        while (pending.isEmpty() && !closed) {
            wait();
        }
        if (closed) {
            return WorkChanges.wholly(List.of());
        }
        return removeOldest(max);
    }

    /** Takes up to {@code max} key results without waiting, marking the consumer busy until {@link #done()}. */
    synchronized WorkChanges poll(int max) {
        return removeOldest(max);
    }

    /** The consumer finished the batch it took. */
    synchronized void done() {
        busy = false;
        notifyAll();
    }

    /** Waits until nothing is waiting and the consumer is not busy. */
    synchronized boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!pending.isEmpty() || busy) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** Distinct key results waiting. */
    synchronized int size() {
        return pending.size();
    }

    /** Changed issue ids waiting, over all key results. */
    synchronized int itemCount() {
        return items;
    }

    synchronized void open() {
        closed = false;
    }

    /** Wakes the consumer, which then stops; returns whatever was still waiting and empties the queue. */
    synchronized List<KeyResultId> close() {
        closed = true;
        List<KeyResultId> left = new ArrayList<>(pending.keySet());
        pending.clear();
        items = 0;
        notifyAll();
        return left;
    }

    private WorkChanges removeOldest(int max) {
        if (pending.isEmpty()) {
            return WorkChanges.wholly(List.of());
        }
        Set<KeyResultId> whole = new HashSet<>();
        Map<KeyResultId, Set<IssueId>> changed = new LinkedHashMap<>();
        Iterator<Map.Entry<KeyResultId, Set<IssueId>>> it = pending.entrySet().iterator();
        int taken = 0;
        while (it.hasNext() && taken < max) {
            Map.Entry<KeyResultId, Set<IssueId>> next = it.next();
            if (next.getValue() == null) {
                whole.add(next.getKey());
            } else {
                changed.put(next.getKey(), next.getValue());
                items -= next.getValue().size();
            }
            it.remove();
            taken++;
        }
        busy = true;
        return new WorkChanges(whole, changed);
    }
}
