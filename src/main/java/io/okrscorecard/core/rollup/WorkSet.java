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
 * on the order in which links or issues arrived.
 */
public final class WorkSet {

    private static final Comparator<WorkItem> BY_ID =
            Comparator.comparingLong(item -> item.id().value());

    private final WorkItem[] items;
    private final byte[] status;
    private final double[] points;
    private final double[] seconds;
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

    /** A work set whose primitive columns are already filled (a patched copy of another one). */
    private WorkSet(
            WorkItem[] items,
            byte[] status,
            double[] points,
            double[] seconds,
            List<WorkItem> excluded,
            List<WorkItem> ignoredSubtasks,
            List<IssueId> missing,
            Map<IssueId, IssueKey> expandedEpics) {
        this.items = items;
        this.status = status;
        this.points = points;
        this.seconds = seconds;
        this.excluded = excluded;
        this.ignoredSubtasks = ignoredSubtasks;
        this.missing = missing;
        this.expandedEpics = expandedEpics;
    }

    private WorkSet(
            WorkItem[] items,
            List<WorkItem> excluded,
            List<WorkItem> ignoredSubtasks,
            List<IssueId> missing,
            Map<IssueId, IssueKey> expandedEpics) {
        this.items = items;
        this.excluded = excluded;
        this.ignoredSubtasks = ignoredSubtasks;
        this.missing = missing;
        this.expandedEpics = expandedEpics;
        this.status = new byte[items.length];
        this.points = new double[items.length];
        this.seconds = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            WorkItem item = items[i];
            status[i] = (byte) item.status().ordinal();
            points[i] = item.storyPoints() == null ? Double.NaN : item.storyPoints();
            seconds[i] = item.originalEstimateSeconds() == null ? Double.NaN : item.originalEstimateSeconds();
        }
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
                counted.toArray(new WorkItem[0]),
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
        return new WorkSet(sorted, List.of(), List.of(), List.of(), Map.of());
    }

    /**
     * The same work set with one issue's snapshot replaced, for a change that keeps the issue's
     * membership (same kind, same epic, same exclusion): no re-expansion, no re-sort.
     */
    public WorkSet withChanged(WorkItem changed) {
        int index = Arrays.binarySearch(items, changed, BY_ID);
        if (index >= 0) {
            // copies of the columns whose cell changes, the others shared (columns are never written once built):
            // O(n) memory copies, no per-item work
            WorkItem[] next = items.clone();
            next[index] = changed;
            byte category = (byte) changed.status().ordinal();
            double storyPoints = changed.storyPoints() == null ? Double.NaN : changed.storyPoints();
            double estimate =
                    changed.originalEstimateSeconds() == null ? Double.NaN : changed.originalEstimateSeconds();
            WorkSet patched = new WorkSet(
                    next,
                    status[index] == category ? status : patched(status, index, category),
                    sameValue(points[index], storyPoints) ? points : patched(points, index, storyPoints),
                    sameValue(seconds[index], estimate) ? seconds : patched(seconds, index, estimate),
                    excluded,
                    ignoredSubtasks,
                    missing,
                    expandedEpics);
            patched.hierarchyCycles = hierarchyCycles;
            RollupPolicy latest = rolledUpUnder;
            for (RollupPolicy policy : RollupPolicy.values()) {
                ColumnTotals known = totals[policy.ordinal()];
                if (known == null && policy == latest) {
                    // the first change after a full rollup: scan once, then every later change patches
                    known = ColumnTotals.scan(status, estimateColumn(policy));
                }
                if (known != null) {
                    double[] column = estimateColumn(policy);
                    double before = column == null ? Double.NaN : column[index];
                    double[] patchedColumn = patched.estimateColumn(policy);
                    double after = patchedColumn == null ? Double.NaN : patchedColumn[index];
                    patched.totals[policy.ordinal()] = known.patched(status[index], before, category, after);
                }
            }
            return patched;
        }
        WorkSet replaced = new WorkSet(
                items, replaced(excluded, changed), replaced(ignoredSubtasks, changed), missing, expandedEpics);
        replaced.hierarchyCycles = hierarchyCycles;
        return replaced;
    }

    private static byte[] patched(byte[] column, int index, byte value) {
        byte[] copy = column.clone();
        copy[index] = value;
        return copy;
    }

    private static double[] patched(double[] column, int index, double value) {
        double[] copy = column.clone();
        copy[index] = value;
        return copy;
    }

    /** Equal including NaN (unestimated) and the sign of zero, as the column stores it. */
    private static boolean sameValue(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
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
        return items.length;
    }

    public boolean isEmpty() {
        return items.length == 0;
    }

    /** Counted items, sorted by issue id. */
    public List<WorkItem> items() {
        return List.of(items);
    }

    public List<WorkItem> items(StatusCategory category) {
        List<WorkItem> result = new ArrayList<>();
        for (WorkItem item : items) {
            if (item.status() == category) {
                result.add(item);
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
        int low = 0;
        int high = items.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = Long.compare(items[middle].id().value(), id.value());
            if (order == 0) {
                return Membership.COUNTED;
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
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
        return items[index];
    }

    byte[] statusColumn() {
        return status;
    }

    /**
     * The rollup sums under a policy: carried over exactly from the work set this one was patched from
     * ({@link #withChanged}) when that was possible, else one scan of the columns. Remembers the policy, so that the
     * next {@link #withChanged} carries its sums over. A race between two threads at worst costs a scan.
     */
    ColumnTotals totals(RollupPolicy policy) {
        rolledUpUnder = policy;
        ColumnTotals carried = totals[policy.ordinal()];
        return carried != null ? carried : ColumnTotals.scan(status, estimateColumn(policy));
    }

    /** The estimate column of a policy, NaN where unestimated; {@code null} for COUNT. */
    double[] estimateColumn(RollupPolicy policy) {
        return switch (policy) {
            case COUNT -> null;
            case STORY_POINTS -> points;
            case TIME -> seconds;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkSet w
                && Arrays.equals(items, w.items)
                && excluded.equals(w.excluded)
                && ignoredSubtasks.equals(w.ignoredSubtasks)
                && missing.equals(w.missing)
                && expandedEpics.equals(w.expandedEpics)
                && hierarchyCycles.equals(w.hierarchyCycles);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items) * 31 + excluded.hashCode();
    }

    @Override
    public String toString() {
        return "WorkSet[" + items.length + " counted, " + excluded.size() + " excluded, " + ignoredSubtasks.size()
                + " ignored]";
    }
}
