package io.okrscorecard.core.rollup;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The work set W of a WORK key result after expansion (DESIGN 5): every contributing issue, epics
 * replaced by their children (a childless epic is one item, an epic with children is listed as expanded), sub-tasks
 * linked directly set aside as ignored, each issue once, issues with an excluded resolution set aside as excluded.
 *
 * <p>Counted items are held sorted by issue id, with their status category and estimates copied
 * into primitive columns, so that a rollup is one scan in a fixed order: the result never depends
 * on the order in which links or issues arrived. The columns are held in chunks ({@link ChunkedColumns}), so that a
 * work set patched for one changed issue shares all but one chunk with the work set it was made from.
 */
public final class WorkSet {

    private static final Comparator<WorkItem> BY_ID =
            Comparator.comparingLong(item -> item.id().value());

    private final ChunkedColumns columns;
    private final List<WorkItem> excluded;
    private final List<WorkItem> ignoredSubtasks;
    private final List<IssueId> missing;
    private final Map<IssueId, IssueKey> expandedEpics;
    /** Set once by {@link #expand} before the work set is handed out, and carried by {@link #withChanged}. */
    private Map<IssueId, IssueKey> hierarchyCycles = Map.of();
    /** The rollup sums of each policy patched from the work set this one was made from; null: scanned per rollup. */
    private final ColumnTotals[] totals = new ColumnTotals[RollupPolicy.values().length];
    /** The policy of the latest rollup, so that {@link #withChanged} knows which sums to carry over. */
    private RollupPolicy rolledUpUnder;

    private WorkSet(
            ChunkedColumns columns,
            List<WorkItem> excluded,
            List<WorkItem> ignoredSubtasks,
            List<IssueId> missing,
            Map<IssueId, IssueKey> expandedEpics) {
        this.columns = columns;
        this.excluded = excluded;
        this.ignoredSubtasks = ignoredSubtasks;
        this.missing = missing;
        this.expandedEpics = expandedEpics;
    }

    /**
     * Expands the "contributes to" links of a key result: a linked item with children (an epic, or an item of a level
     * above epics with Parent Link children) is replaced by its children, each expanded the same way, so an initiative
     * stands for its epics' children. A child already on the way down (a cycle of Parent Links) is not followed again:
     * the cycle is reported in {@link #hierarchyCycles()}.
     */
    public static WorkSet expand(KeyResultId keyResult, WorkGraph graph, RollupSettings settings) {
        List<WorkItem> candidates = new ArrayList<>();
        List<WorkItem> ignored = new ArrayList<>();
        List<IssueId> missing = new ArrayList<>();
        Map<IssueId, IssueKey> expandedEpics = new TreeMap<>();
        Map<IssueId, IssueKey> cycles = new TreeMap<>();
        for (IssueId id : graph.contributorsOf(keyResult)) {
            WorkItem item = graph.item(id);
            if (item == null) {
                missing.add(id);
            } else if (item.isSubtask()) {
                ignored.add(item);
            } else {
                expandInto(item, graph, new ArrayDeque<>(), candidates, expandedEpics, cycles);
            }
        }
        candidates.sort(BY_ID);
        List<WorkItem> counted = new ArrayList<>(candidates.size());
        List<WorkItem> excluded = new ArrayList<>();
        WorkItem previous = null;
        for (WorkItem item : candidates) {
            if (previous != null && previous.id().equals(item.id())) {
                continue;
            }
            previous = item;
            if (settings.excludes(item.resolution())) {
                excluded.add(item);
            } else {
                counted.add(item);
            }
        }
        ignored.sort(BY_ID);
        missing.sort(Comparator.naturalOrder());
        WorkSet expanded = new WorkSet(
                ChunkedColumns.of(counted.toArray(new WorkItem[0])),
                List.copyOf(excluded),
                List.copyOf(ignored),
                List.copyOf(missing),
                Collections.unmodifiableMap(expandedEpics));
        expanded.hierarchyCycles = cycles.isEmpty() ? Map.of() : Collections.unmodifiableMap(cycles);
        return expanded;
    }

    /**
     * Adds {@code item} to the candidates, or, when it has children, its children expanded in turn (sub-tasks left
     * out). {@code path} holds the containers being expanded above it; a child among them closes a cycle.
     */
    private static void expandInto(
            WorkItem item,
            WorkGraph graph,
            ArrayDeque<IssueId> path,
            List<WorkItem> candidates,
            Map<IssueId, IssueKey> expanded,
            Map<IssueId, IssueKey> cycles) {
        if (!graph.expandsToChildren(item.id())) {
            candidates.add(item);
            return;
        }
        expanded.put(item.id(), item.key());
        path.push(item.id());
        for (WorkItem child : graph.childrenOf(item.id())) {
            if (child.isSubtask()) {
                continue;
            }
            if (path.contains(child.id())) {
                cycles.put(child.id(), child.key());
            } else {
                expandInto(child, graph, path, candidates, expanded, cycles);
            }
        }
        path.pop();
    }

    /** Builds a work set from items that are already expanded, e.g. for a benchmark or a what-if. */
    public static WorkSet ofExpanded(List<WorkItem> expanded) {
        WorkItem[] sorted = expanded.toArray(new WorkItem[0]);
        Arrays.sort(sorted, BY_ID);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].id().equals(sorted[i - 1].id())) {
                throw new IllegalArgumentException("issue " + sorted[i].key() + " appears twice");
            }
        }
        return new WorkSet(ChunkedColumns.of(sorted), List.of(), List.of(), List.of(), Map.of());
    }

    /**
     * The same work set with one issue's snapshot replaced, for a change that keeps the issue's
     * membership (same kind, same epic, same exclusion): no re-expansion, no re-sort.
     */
    public WorkSet withChanged(WorkItem changed) {
        int index = columns.indexOf(changed.id());
        if (index >= 0) {
            // a copy of the chunk that holds the changed cell in each column that changes, everything else shared
            // (chunks are never written once built): O(chunk + n / chunk) memory copies, no per-item work
            WorkSet patched =
                    new WorkSet(columns.with(index, changed), excluded, ignoredSubtasks, missing, expandedEpics);
            patched.hierarchyCycles = hierarchyCycles;
            RollupPolicy latest = rolledUpUnder;
            for (RollupPolicy policy : RollupPolicy.values()) {
                ColumnTotals known = totals[policy.ordinal()];
                if (known == null && policy == latest) {
                    // the first change after a full rollup: scan once, then every later change patches
                    known = ColumnTotals.scan(columns.statusChunks(), columns.estimateChunks(policy));
                }
                if (known != null) {
                    patched.totals[policy.ordinal()] = known.patched(
                            columns.status(index),
                            columns.estimate(policy, index),
                            patched.columns.status(index),
                            patched.columns.estimate(policy, index));
                }
            }
            return patched;
        }
        WorkSet replaced = new WorkSet(
                columns, replaced(excluded, changed), replaced(ignoredSubtasks, changed), missing, expandedEpics);
        replaced.hierarchyCycles = hierarchyCycles;
        return replaced;
    }

    private static List<WorkItem> replaced(List<WorkItem> list, WorkItem changed) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(changed.id())) {
                List<WorkItem> copy = new ArrayList<>(list);
                copy.set(i, changed);
                return List.copyOf(copy);
            }
        }
        return list;
    }

    public int size() {
        return columns.size();
    }

    public boolean isEmpty() {
        return columns.size() == 0;
    }

    /** Counted items, sorted by issue id: a copy, O(n). */
    public List<WorkItem> items() {
        return List.of(columns.toArray());
    }

    public List<WorkItem> items(StatusCategory category) {
        List<WorkItem> result = new ArrayList<>();
        for (int c = 0; c < columns.chunkCount(); c++) {
            for (WorkItem item : columns.itemChunk(c)) {
                if (item.status() == category) {
                    result.add(item);
                }
            }
        }
        return result;
    }

    /** Items left out for an excluded resolution, sorted by issue id. */
    public List<WorkItem> excluded() {
        return excluded;
    }

    /** How a work set holds an issue. */
    public enum Membership {
        COUNTED,
        EXCLUDED,
        NONE
    }

    /** Whether this work set counts the issue, holds it as excluded, or does not hold it: a binary search. */
    public Membership membershipOf(IssueId id) {
        if (columns.indexOf(id) >= 0) {
            return Membership.COUNTED;
        }
        for (WorkItem item : excluded) {
            if (item.id().equals(id)) {
                return Membership.EXCLUDED;
            }
        }
        return Membership.NONE;
    }

    /** Sub-tasks linked directly: never counted; their parent should be linked instead. */
    public List<WorkItem> ignoredSubtasks() {
        return ignoredSubtasks;
    }

    /** Linked issue ids with no snapshot (deleted, or not visible to the app). */
    public List<IssueId> missing() {
        return missing;
    }

    /**
     * The keys of the containers replaced by their children (an epic without children is an item instead): the linked
     * epics and items of levels above epics, and every container below them, by issue id in id order.
     */
    public Map<IssueId, IssueKey> expandedEpics() {
        return expandedEpics;
    }

    /**
     * The issues at which a cycle of Parent Links was found while expanding (a container that is its own descendant),
     * by issue id in id order: reported, never followed round. Empty when the hierarchy has no cycle.
     */
    public Map<IssueId, IssueKey> hierarchyCycles() {
        return hierarchyCycles;
    }

    WorkItem item(int index) {
        return columns.item(index);
    }

    /** The chunked columns, for tests of what a patch shares. */
    ChunkedColumns columns() {
        return columns;
    }

    /**
     * The rollup sums under a policy: carried over exactly from the work set this one was patched from
     * ({@link #withChanged}) when that was possible, else one scan of the columns. Remembers the policy, so that the
     * next {@link #withChanged} carries its sums over. A race between two threads at worst costs a scan.
     */
    ColumnTotals totals(RollupPolicy policy) {
        rolledUpUnder = policy;
        ColumnTotals carried = totals[policy.ordinal()];
        return carried != null ? carried : ColumnTotals.scan(columns.statusChunks(), columns.estimateChunks(policy));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkSet w
                && columns.equals(w.columns)
                && excluded.equals(w.excluded)
                && ignoredSubtasks.equals(w.ignoredSubtasks)
                && missing.equals(w.missing)
                && expandedEpics.equals(w.expandedEpics)
                && hierarchyCycles.equals(w.hierarchyCycles);
    }

    @Override
    public int hashCode() {
        return columns.hashCode() * 31 + excluded.hashCode();
    }

    @Override
    public String toString() {
        return "WorkSet[" + columns.size() + " counted, " + excluded.size() + " excluded, " + ignoredSubtasks.size()
                + " ignored]";
    }
}
