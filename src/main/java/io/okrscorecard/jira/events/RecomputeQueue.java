package io.okrscorecard.jira.events;

import io.okrscorecard.core.KeyResultId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Key results waiting to be recalculated: bounded (at most {@code capacity} distinct ids) and de-duplicating (an id
 * already waiting is not added again, so a storm of events for one key result costs one recalculation). Oldest first.
 * Many producers (event threads), one consumer (the worker); it also knows whether the consumer is busy, so that a
 * caller can wait until everything offered so far has been recalculated.
 */
final class RecomputeQueue {

    private final int capacity;
    private final LinkedHashSet<KeyResultId> pending = new LinkedHashSet<>();
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
     * Adds the ids that are not waiting yet, as far as there is room.
     *
     * @return the ids that did not fit (empty when all fit or were already waiting)
     */
    synchronized List<KeyResultId> offer(Collection<KeyResultId> ids) {
        List<KeyResultId> overflow = List.of();
        boolean added = false;
        for (KeyResultId id : ids) {
            if (pending.contains(id)) {
                continue;
            }
            if (pending.size() < capacity) {
                pending.add(id);
                added = true;
            } else {
                if (overflow.isEmpty()) {
                    overflow = new ArrayList<>();
                }
                overflow.add(id);
            }
        }
        if (added) {
            notifyAll();
        }
        return overflow;
    }

    /**
     * Waits for ids and takes up to {@code max} of them, marking the consumer busy until {@link #done()}.
     *
     * @return the oldest ids, or an empty list once the queue is closed
     */
    synchronized List<KeyResultId> take(int max) throws InterruptedException {
        while (pending.isEmpty() && !closed) {
            wait();
        }
        if (closed) {
            return List.of();
        }
        return removeOldest(max);
    }

    /** Takes up to {@code max} ids without waiting, marking the consumer busy until {@link #done()}. */
    synchronized List<KeyResultId> poll(int max) {
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

    synchronized int size() {
        return pending.size();
    }

    synchronized void open() {
        closed = false;
    }

    /** Wakes the consumer, which then stops; returns whatever was still waiting and empties the queue. */
    synchronized List<KeyResultId> close() {
        closed = true;
        List<KeyResultId> left = new ArrayList<>(pending);
        pending.clear();
        notifyAll();
        return left;
    }

    private List<KeyResultId> removeOldest(int max) {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<KeyResultId> batch = new ArrayList<>(Math.min(max, pending.size()));
        Iterator<KeyResultId> it = pending.iterator();
        while (it.hasNext() && batch.size() < max) {
            batch.add(it.next());
            it.remove();
        }
        busy = true;
        return batch;
    }
}
