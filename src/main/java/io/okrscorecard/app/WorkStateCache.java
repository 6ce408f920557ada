package io.okrscorecard.app;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.recompute.LiveScorecard;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What this node last computed and stored for recently recalculated objectives: each objective's expanded work state
 * (a {@link LiveScorecard} over the work of its key results) with the stored version of every row it produced. It is
 * never a source of truth: an entry is used only after the store confirmed, in the same conditional write, that
 * nobody wrote any of those rows since (see docs/adr/0007-incremental-apply-with-versioned-work-cache.md), so it needs
 * no invalidation across the cluster.
 *
 * <p>Bounded by the total number of work items held, least recently used first out. An entry larger than the whole
 * budget is not kept. Memory: about 300 bytes per work item held (the item snapshot with its ids and key, the graph's
 * indexes and the work set's columns; measured by {@code IncrementalApplyBench}, see docs/performance.md), so the
 * default of 250,000 items is about 75 MB of heap. Thread-safe; an entry is used by one thread at a time:
 * {@link #take} removes it and {@link #put} returns it.
 */
final class WorkStateCache {

    /** Work items kept by default: one 100,000-item key result and many small ones. */
    static final int DEFAULT_ITEM_BUDGET = 250_000;

    /** JVM system property that overrides {@link #DEFAULT_ITEM_BUDGET}; 0 turns the cache off. */
    static final String ITEM_BUDGET_PROPERTY = "okr.scorecard.workStateCache.items";

    private final int itemBudget;
    private final LinkedHashMap<ObjectiveId, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<KeyResultId, ObjectiveId> objectiveOf = new HashMap<>();
    private long items;
    private long evictions;

    WorkStateCache(int itemBudget) {
        if (itemBudget < 0) {
            throw new IllegalArgumentException("the item budget cannot be negative, was " + itemBudget);
        }
        this.itemBudget = itemBudget;
    }

    /** A cache with the budget of {@link #ITEM_BUDGET_PROPERTY}, or the default. */
    static WorkStateCache withConfiguredBudget() {
        return new WorkStateCache(Math.max(0, Integer.getInteger(ITEM_BUDGET_PROPERTY, DEFAULT_ITEM_BUDGET)));
    }

    int itemBudget() {
        return itemBudget;
    }

    /** The objective whose entry holds this key result, or {@code null}. */
    synchronized ObjectiveId objectiveOf(KeyResultId keyResult) {
        return objectiveOf.get(keyResult);
    }

    /** Removes and returns the entry of the objective, or {@code null}; the caller puts it back when still valid. */
    synchronized Entry take(ObjectiveId objective) {
        Entry entry = entries.remove(objective);
        if (entry != null) {
            forget(entry);
        }
        return entry;
    }

    /**
     * Keeps the entry (replacing one of the same objective), then drops least recently used entries until the items
     * fit the budget. An entry larger than the budget is not kept.
     */
    synchronized void put(Entry entry) {
        Entry previous = entries.remove(entry.objective());
        if (previous != null) {
            forget(previous);
        }
        if (entry.items() > itemBudget) {
            return;
        }
        entries.put(entry.objective(), entry);
        items += entry.items();
        for (KeyResultId keyResult : entry.keyResults()) {
            objectiveOf.put(keyResult, entry.objective());
        }
        Iterator<Entry> eldest = entries.values().iterator();
        while (items > itemBudget && eldest.hasNext()) {
            Entry evicted = eldest.next();
            eldest.remove();
            forget(evicted);
            evictions++;
        }
    }

    synchronized void clear() {
        entries.clear();
        objectiveOf.clear();
        items = 0;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long itemCount() {
        return items;
    }

    synchronized long evictions() {
        return evictions;
    }

    synchronized boolean holds(ObjectiveId objective) {
        return entries.containsKey(objective);
    }

    private void forget(Entry entry) {
        items -= entry.items();
        for (KeyResultId keyResult : entry.keyResults()) {
            objectiveOf.remove(keyResult, entry.objective());
        }
    }

    /**
     * One objective's state as this node computed and stored it.
     *
     * @param live the objective, the objectives sharing work with it, and the work of the objective's key results
     * @param keyResults the objective's key results
     * @param stored the rows as stored: the objective's and every one of its key results', with their versions
     * @param dependencies the stored versions (0: no row) of the other key results whose work overlaps; their kind,
     *     objective and cycle decide which items count as shared, so a write of any of them makes this entry stale
     */
    record Entry(
            ObjectiveId objective,
            LiveScorecard live,
            Set<KeyResultId> keyResults,
            Map<ProgressSubject, StoredProgress> stored,
            Map<ProgressSubject, Long> dependencies) {

        Entry {
            keyResults = Set.copyOf(keyResults);
            stored = Map.copyOf(stored);
            dependencies = Map.copyOf(dependencies);
        }

        int items() {
            return live.workItemCount();
        }

        /** The versions a conditional write of this objective's rows expects: its rows and its dependencies. */
        Map<ProgressSubject, Long> expectedVersions() {
            Map<ProgressSubject, Long> expected = new LinkedHashMap<>(dependencies);
            stored.forEach((subject, row) -> expected.put(subject, row.version()));
            return expected;
        }

        /**
         * The versions a conditional write of some of this objective's rows expects: those rows' and the
         * dependencies'. The objective's own row must be among them: it is written with every change of any of the
         * objective's rows, so its version stands for all of them (ADR 0024).
         */
        Map<ProgressSubject, Long> expectedVersionsOf(List<StoredProgress> rows) {
            Map<ProgressSubject, Long> expected = new LinkedHashMap<>(dependencies);
            for (StoredProgress row : rows) {
                expected.put(row.subject(), stored.get(row.subject()).version());
            }
            return expected;
        }

        Entry withStored(Map<ProgressSubject, StoredProgress> newlyStored) {
            return new Entry(objective, live, keyResults, newlyStored, dependencies);
        }

        /** This entry after some of its rows were stored anew: the others stay as they were. */
        Entry withNewlyStored(Map<ProgressSubject, StoredProgress> newlyStored) {
            Map<ProgressSubject, StoredProgress> now = new HashMap<>(stored);
            now.putAll(newlyStored);
            return withStored(now);
        }
    }
}
