package io.okrscorecard.core.work;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One work item and the items above it through which it can be in a key result's work set: the item, a sub-task's
 * parent, the epic of each (Epic Link) or, without an epic, the item its Parent Link names (the levels above epics), and
 * so on up, each with its own "contributes to" links; and, for the item and the linked items whose children the chain
 * does not show, how many children they have. It is a small graph, walked upward one step at a time ({@link #above}).
 *
 * <p>What it holds is enough to say, for every key result, whether and how the item is in its work set exactly as
 * {@code WorkSet.expand} would say over the whole graph (see {@code core.rollup.Contributions}), without reading any
 * work set.
 */
public final class WorkChain {

    /**
     * How many steps upward the walk goes at most. A sub-task's parent and its epic are two; the bound keeps a
     * hierarchy that loops from being walked forever (an item already read is never read again in any case).
     */
    public static final int MAX_STEPS = 8;

    /**
     * The children of a container: an epic's by Epic Link, any other item's by Parent Link ({@link WorkGraph#childrenOf}).
     *
     * @param all every child, of any kind: an epic with none is counted as one item itself
     * @param countable the children that are not sub-tasks: those its work set counts instead of it
     */
    public record Children(int all, int countable) {
        public static final Children NONE = new Children(0, 0);

        public Children {
            if (all < 0 || countable < 0 || countable > all) {
                throw new IllegalArgumentException("children " + countable + " of " + all);
            }
        }
    }

    /** What a walk reads from Jira, each a bounded query for the ids given (never one per id). */
    public interface Reader {
        /** The snapshots of these issues; those that do not exist are left out. */
        Map<IssueId, WorkItem> items(Collection<IssueId> ids);

        /** The key results each of these issues "contributes to" directly. */
        Map<IssueId, Set<KeyResultId>> contributions(Collection<IssueId> ids);

        /** The children of a container: an epic's by Epic Link, any other item's by Parent Link. */
        Children childrenOf(WorkItem container);
    }

    private final IssueId issue;
    private final Map<IssueId, WorkItem> items;
    private final Map<IssueId, Set<KeyResultId>> links;
    private final Map<IssueId, Children> children;

    /**
     * @param issue the work item the chain is of
     * @param items the item and the items above it that exist
     * @param links the "contributes to" links of those items
     * @param children the children of the epics of the chain whose children matter: the issue when it is an epic, and
     *     every linked epic that no item of the chain names as its epic
     */
    public WorkChain(
            IssueId issue,
            Map<IssueId, WorkItem> items,
            Map<IssueId, Set<KeyResultId>> links,
            Map<IssueId, Children> children) {
        this.issue = ValidationException.requireValue(issue, "issue");
        this.items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        Map<IssueId, Set<KeyResultId>> copy = new LinkedHashMap<>();
        links.forEach((id, keyResults) -> {
            if (!keyResults.isEmpty()) {
                copy.put(id, Collections.unmodifiableSet(new LinkedHashSet<>(keyResults)));
            }
        });
        this.links = Collections.unmodifiableMap(copy);
        this.children = Map.copyOf(ValidationException.requireValue(children, "children"));
    }

    /** The ids one step above an item: a sub-task's parent and the item's epic, or without one its Parent Link. */
    public static List<IssueId> above(WorkItem item) {
        List<IssueId> above = new ArrayList<>(2);
        if (item.parentId() != null) {
            above.add(item.parentId());
        }
        if (item.containerId() != null) {
            above.add(item.containerId());
        }
        return above;
    }

    /**
     * The container a work set expands into this item, as {@link WorkGraph#containerOf} says over the whole graph: its
     * epic when the chain knows it as an epic; without an epic, the item its Parent Link names when the chain knows it
     * as neither an epic nor a sub-task. {@code null} otherwise.
     */
    public IssueId containerOf(WorkItem item) {
        return containerOf(item, items);
    }

    private static IssueId containerOf(WorkItem item, Map<IssueId, WorkItem> items) {
        return WorkGraph.containerOf(item, items::get);
    }

    /**
     * Walks upward from the issue: one read of items per step (at most {@link #MAX_STEPS}), one read of the links of
     * every item found, and one count of children for the issue (unless it is a sub-task), for a sub-task's parent and
     * for each linked item of the chain whose children are not known from the chain itself. An issue that does not
     * exist has an empty chain.
     */
    public static WorkChain read(IssueId issue, Reader reader) {
        Map<IssueId, WorkItem> found = new LinkedHashMap<>();
        Set<IssueId> asked = new LinkedHashSet<>();
        List<IssueId> step = List.of(issue);
        for (int i = 0; i <= MAX_STEPS && !step.isEmpty(); i++) {
            asked.addAll(step);
            Map<IssueId, WorkItem> read = reader.items(step);
            List<IssueId> next = new ArrayList<>();
            for (IssueId id : step) {
                WorkItem item = read.get(id);
                if (item != null) {
                    found.put(id, item);
                    for (IssueId up : above(item)) {
                        if (!asked.contains(up) && !next.contains(up)) {
                            next.add(up);
                        }
                    }
                }
            }
            step = next;
        }
        WorkItem self = found.get(issue);
        if (self == null) {
            return new WorkChain(issue, Map.of(), Map.of(), Map.of());
        }
        Map<IssueId, Set<KeyResultId>> links = reader.contributions(found.keySet());
        Set<IssueId> withKnownChildren = new LinkedHashSet<>();
        for (WorkItem item : found.values()) {
            IssueId container = containerOf(item, found);
            if (container != null) {
                withKnownChildren.add(container);
            }
        }
        // whether an item stands for its children matters for the issue and a sub-task's parent (each counted or
        // expanded itself) and for the linked items; the containers above them are known to have children
        Map<IssueId, Children> children = new LinkedHashMap<>();
        for (WorkItem item : found.values()) {
            boolean itself = item.id().equals(issue);
            boolean counts = itself || item.id().equals(self.parentId());
            boolean linked = !links.getOrDefault(item.id(), Set.of()).isEmpty();
            if (!item.isSubtask() && (itself || ((counts || linked) && !withKnownChildren.contains(item.id())))) {
                children.put(item.id(), reader.childrenOf(item));
            }
        }
        return new WorkChain(issue, found, links, children);
    }

    /** The chain of an issue as a whole graph holds it: what an in-memory source answers. */
    public static WorkChain of(IssueId issue, WorkGraph graph) {
        return read(issue, new Reader() {
            @Override
            public Map<IssueId, WorkItem> items(Collection<IssueId> ids) {
                Map<IssueId, WorkItem> found = new LinkedHashMap<>();
                for (IssueId id : ids) {
                    WorkItem item = graph.item(id);
                    if (item != null) {
                        found.put(id, item);
                    }
                }
                return found;
            }

            @Override
            public Map<IssueId, Set<KeyResultId>> contributions(Collection<IssueId> ids) {
                Map<IssueId, Set<KeyResultId>> links = new LinkedHashMap<>();
                for (IssueId id : ids) {
                    links.put(id, graph.keyResultsLinking(id));
                }
                return links;
            }

            @Override
            public Children childrenOf(WorkItem container) {
                int all = 0;
                int countable = 0;
                for (WorkItem child : graph.childrenOf(container.id())) {
                    all++;
                    if (!child.isSubtask()) {
                        countable++;
                    }
                }
                return new Children(all, countable);
            }
        });
    }

    public IssueId issue() {
        return issue;
    }

    /** The issue's snapshot, {@code null} when it does not exist. */
    public WorkItem self() {
        return items.get(issue);
    }

    /** An item of the chain, {@code null} when it is not in it. */
    public WorkItem item(IssueId id) {
        return id == null ? null : items.get(id);
    }

    /** The key results an item of the chain contributes to directly. */
    public Set<KeyResultId> linksOf(IssueId id) {
        return links.getOrDefault(id, Set.of());
    }

    /** Every key result linked from an item of the chain: the only ones whose work set can hold the issue. */
    public Set<KeyResultId> keyResults() {
        Set<KeyResultId> all = new LinkedHashSet<>();
        links.values().forEach(all::addAll);
        return all;
    }

    /** The issue's children (an epic's, or an item's of a level above epics), {@link Children#NONE} for a sub-task. */
    public Children children() {
        return children.getOrDefault(issue, Children.NONE);
    }

    /**
     * Whether a container of the chain has children, so that its work sets count them instead of it: known from its
     * count of children, or from an item of the chain it contains.
     */
    public boolean hasChildren(IssueId container) {
        Children known = children.get(container);
        if (known != null) {
            return known.all() > 0;
        }
        for (WorkItem item : items.values()) {
            if (container.equals(containerOf(item))) {
                return true;
            }
        }
        return false;
    }

    /** Every item of the chain, the issue first. */
    public Collection<WorkItem> items() {
        return items.values();
    }
}
