package io.okrscorecard.core.work;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The work side of the model: work item snapshots, the "contributes to" links from issues to key
 * results, and the membership index of containers: the children of each epic (Epic Link) and of each item of a level
 * above epics (Parent Link), see {@link WorkItem#containerId()}. It is the reverse index of incremental
 * recomputation: from an issue to the key results linking it directly or through the containers above it.
 *
 * <p>Mutable on purpose: an incremental recompute applies one issue event to it in O(1).
 * Not thread-safe; whoever owns it confines it to one thread.
 */
public final class WorkGraph {

    private final Map<IssueId, WorkItem> items;
    /** Issues by the epic their Epic Link names. */
    private final Map<IssueId, Map<IssueId, WorkItem>> childrenByEpic;
    /** Issues without an epic by the item their Parent Link names (the levels above epics). */
    private final Map<IssueId, Map<IssueId, WorkItem>> childrenByParentLink;

    private final Map<KeyResultId, Set<IssueId>> contributorsByKeyResult;
    private final Map<IssueId, Set<KeyResultId>> keyResultsByContributor;

    public WorkGraph() {
        this.items = new HashMap<>();
        this.childrenByEpic = new HashMap<>();
        this.childrenByParentLink = new HashMap<>();
        this.contributorsByKeyResult = new HashMap<>();
        this.keyResultsByContributor = new HashMap<>();
    }

    /** A deep copy: the copy and the original can change independently. */
    public WorkGraph copy() {
        WorkGraph copy = new WorkGraph();
        copy.items.putAll(items);
        childrenByEpic.forEach((epic, children) -> copy.childrenByEpic.put(epic, new HashMap<>(children)));
        childrenByParentLink.forEach((up, children) -> copy.childrenByParentLink.put(up, new HashMap<>(children)));
        contributorsByKeyResult.forEach((kr, ids) -> copy.contributorsByKeyResult.put(kr, new LinkedHashSet<>(ids)));
        keyResultsByContributor.forEach((id, krs) -> copy.keyResultsByContributor.put(id, new LinkedHashSet<>(krs)));
        return copy;
    }

    /**
     * The part of the graph made of the issues that pass {@code counted}: other issues and their "contributes to"
     * links are left out, so they leave both numerator and denominator, and the children of an epic that is left out
     * are no longer reached through it. Used when aggregates count only the work a viewer may browse.
     */
    public WorkGraph restrictedTo(Predicate<IssueId> counted) {
        ValidationException.requireValue(counted, "counted");
        WorkGraph restricted = new WorkGraph();
        for (WorkItem item : items.values()) {
            if (counted.test(item.id())) {
                restricted.put(item);
            }
        }
        contributorsByKeyResult.forEach((keyResult, contributors) -> {
            for (IssueId contributor : contributors) {
                if (items.containsKey(contributor) && restricted.items.containsKey(contributor)) {
                    restricted.link(keyResult, contributor);
                }
            }
        });
        return restricted;
    }

    /**
     * The part of the graph that the work sets of these key results, and the lists of their items shared with other
     * key results, are built from: their "contributes to" links and contributing issues, everything below contributing
     * containers (epics and the levels above them), the containers above each of those issues, the children of every
     * container among them, and every "contributes to" link of all of them. Rolling these key
     * results up over the cut gives exactly what it gives over this graph, so a cut can stand in for the whole graph
     * of a multi-objective read when one objective's state is kept for incremental recomputation.
     */
    public WorkGraph cutFor(Collection<KeyResultId> keyResults) {
        ValidationException.requireValue(keyResults, "keyResults");
        Set<IssueId> issues = new HashSet<>();
        for (KeyResultId keyResult : keyResults) {
            for (IssueId contributor : contributorsOf(keyResult)) {
                issues.add(contributor);
                issues.addAll(descendantsOf(contributor));
            }
        }
        Set<IssueId> containers = new HashSet<>();
        for (IssueId id : issues) {
            addNamedAbove(id, containers);
        }
        issues.addAll(containers);
        // a container among them stands for its children wherever it is linked, so whether it has any must stay known
        Set<IssueId> childrenOfContainers = new HashSet<>();
        for (IssueId id : issues) {
            childrenOfContainers.addAll(childIds(id));
        }
        issues.addAll(childrenOfContainers);
        WorkGraph cut = new WorkGraph();
        for (IssueId id : issues) {
            WorkItem item = items.get(id);
            if (item != null) {
                cut.put(item);
            }
            for (KeyResultId linking : keyResultsLinking(id)) {
                cut.link(linking, id);
            }
        }
        return cut;
    }

    /**
     * The containers above an issue that a work set expands into it, nearest first: its epic, or without one the item
     * its Parent Link names, then that one's, and so on ({@link #containerOf}). A container met a second time (a
     * cycle of Parent Links) ends the walk; the issue itself is never among them.
     */
    public List<IssueId> ancestorsOf(IssueId id) {
        List<IssueId> ancestors = new ArrayList<>();
        Set<IssueId> seen = new HashSet<>();
        seen.add(id);
        IssueId up = containerOf(items.get(id));
        while (up != null && seen.add(up)) {
            ancestors.add(up);
            up = containerOf(items.get(up));
        }
        return ancestors;
    }

    /**
     * The item a work set expands into this one: its epic when that is a known epic; without an epic, the item its
     * Parent Link names when that is known and neither an epic nor a sub-task. {@code null} otherwise.
     */
    public IssueId containerOf(WorkItem item) {
        return containerOf(item, items::get);
    }

    /** The rule of {@link #containerOf(WorkItem)} over any snapshots by id, such as a {@link WorkChain}'s. */
    static IssueId containerOf(WorkItem item, Function<IssueId, WorkItem> items) {
        if (item == null) {
            return null;
        }
        if (item.epicId() != null) {
            WorkItem epic = items.apply(item.epicId());
            return epic != null && epic.isEpic() ? epic.id() : null;
        }
        WorkItem up = item.parentLinkId() == null ? null : items.apply(item.parentLinkId());
        return up != null && !up.isEpic() && !up.isSubtask() ? up.id() : null;
    }

    /** Every id named above the issue by Epic Link or Parent Link, whatever its kind, each once. */
    private void addNamedAbove(IssueId id, Set<IssueId> found) {
        ArrayDeque<IssueId> open = new ArrayDeque<>();
        open.add(id);
        while (!open.isEmpty()) {
            WorkItem item = items.get(open.poll());
            if (item != null) {
                for (IssueId up : new IssueId[] {item.epicId(), item.parentLinkId()}) {
                    if (up != null && !up.equals(id) && found.add(up)) {
                        open.add(up);
                    }
                }
            }
        }
    }

    /**
     * Every issue below this one: the issues whose Epic Link or Parent Link names it, theirs, and so on, each once,
     * whatever their kind; a cycle of Parent Links is not followed round. The issue itself is never among them.
     */
    public Set<IssueId> descendantsOf(IssueId id) {
        Set<IssueId> found = new LinkedHashSet<>();
        ArrayDeque<IssueId> open = new ArrayDeque<>();
        open.add(id);
        while (!open.isEmpty()) {
            for (IssueId child : childIds(open.poll())) {
                if (!child.equals(id) && found.add(child)) {
                    open.add(child);
                }
            }
        }
        return found;
    }

    /** The key results linking the issue or any container above it ({@link #ancestorsOf}). */
    public Set<KeyResultId> keyResultsAbove(IssueId id) {
        Set<KeyResultId> above = new TreeSet<>(keyResultsLinking(id));
        for (IssueId ancestor : ancestorsOf(id)) {
            above.addAll(keyResultsLinking(ancestor));
        }
        return above;
    }

    /** The key results linking any issue below this one ({@link #descendantsOf}). */
    public Set<KeyResultId> keyResultsBelow(IssueId id) {
        Set<KeyResultId> below = new TreeSet<>();
        for (IssueId descendant : descendantsOf(id)) {
            below.addAll(keyResultsLinking(descendant));
        }
        return below;
    }

    /** Adds or replaces the snapshot of an issue; returns the previous snapshot or {@code null}. */
    public WorkItem put(WorkItem item) {
        ValidationException.requireValue(item, "workItem");
        WorkItem previous = items.put(item.id(), item);
        if (previous != null) {
            removeChild(previous);
        }
        if (item.epicId() != null) {
            childrenByEpic.computeIfAbsent(item.epicId(), e -> new HashMap<>()).put(item.id(), item);
        } else if (item.parentLinkId() != null) {
            childrenByParentLink
                    .computeIfAbsent(item.parentLinkId(), e -> new HashMap<>())
                    .put(item.id(), item);
        }
        return previous;
    }

    public void putAll(Collection<WorkItem> all) {
        for (WorkItem item : all) {
            put(item);
        }
    }

    /** Forgets an issue (deleted, or no longer visible); its links stay until unlinked. */
    public WorkItem remove(IssueId id) {
        WorkItem previous = items.remove(id);
        if (previous != null) {
            removeChild(previous);
        }
        return previous;
    }

    private void removeChild(WorkItem child) {
        if (child.epicId() != null) {
            removeChild(childrenByEpic, child.epicId(), child.id());
        } else if (child.parentLinkId() != null) {
            removeChild(childrenByParentLink, child.parentLinkId(), child.id());
        }
    }

    private static void removeChild(Map<IssueId, Map<IssueId, WorkItem>> index, IssueId containerId, IssueId childId) {
        Map<IssueId, WorkItem> children = index.get(containerId);
        if (children != null) {
            children.remove(childId);
            if (children.isEmpty()) {
                index.remove(containerId);
            }
        }
    }

    /** The ids whose Epic Link or Parent Link names {@code id}. */
    private Set<IssueId> childIds(IssueId id) {
        Map<IssueId, WorkItem> viaEpic = childrenByEpic.get(id);
        Map<IssueId, WorkItem> viaParentLink = childrenByParentLink.get(id);
        if (viaParentLink == null) {
            return viaEpic == null ? Set.of() : viaEpic.keySet();
        }
        if (viaEpic == null) {
            return viaParentLink.keySet();
        }
        Set<IssueId> both = new HashSet<>(viaEpic.keySet());
        both.addAll(viaParentLink.keySet());
        return both;
    }

    /** The index a container's children are read from: Epic Link for an epic (or an unknown issue), else Parent Link. */
    private Map<IssueId, Map<IssueId, WorkItem>> childIndexOf(IssueId containerId) {
        WorkItem container = items.get(containerId);
        return container == null || container.isEpic() ? childrenByEpic : childrenByParentLink;
    }

    /** Records an "OKR Contribution" link: {@code issue} contributes to {@code keyResult}. */
    public boolean link(KeyResultId keyResult, IssueId issue) {
        ValidationException.requireValue(keyResult, "keyResultId");
        ValidationException.requireValue(issue, "issueId");
        keyResultsByContributor
                .computeIfAbsent(issue, i -> new LinkedHashSet<>())
                .add(keyResult);
        return contributorsByKeyResult
                .computeIfAbsent(keyResult, k -> new LinkedHashSet<>())
                .add(issue);
    }

    public boolean unlink(KeyResultId keyResult, IssueId issue) {
        Set<IssueId> contributors = contributorsByKeyResult.get(keyResult);
        if (contributors == null || !contributors.remove(issue)) {
            return false;
        }
        if (contributors.isEmpty()) {
            contributorsByKeyResult.remove(keyResult);
        }
        Set<KeyResultId> krs = keyResultsByContributor.get(issue);
        krs.remove(keyResult);
        if (krs.isEmpty()) {
            keyResultsByContributor.remove(issue);
        }
        return true;
    }

    public WorkItem item(IssueId id) {
        return id == null ? null : items.get(id);
    }

    public int size() {
        return items.size();
    }

    /**
     * The children of a container, of any kind or resolution: for an epic (or an issue the graph does not know), the
     * issues whose Epic Link names it; for any other item, the issues without an epic whose Parent Link names it.
     */
    public Collection<WorkItem> childrenOf(IssueId containerId) {
        Map<IssueId, WorkItem> children =
                containerId == null ? null : childIndexOf(containerId).get(containerId);
        return children == null ? Collections.emptyList() : Collections.unmodifiableCollection(children.values());
    }

    public boolean hasChildren(IssueId containerId) {
        return containerId != null && childIndexOf(containerId).containsKey(containerId);
    }

    /** Issues linked to the key result by "contributes to", in link order. */
    public Set<IssueId> contributorsOf(KeyResultId keyResult) {
        Set<IssueId> ids = contributorsByKeyResult.get(keyResult);
        return ids == null ? Collections.emptySet() : Collections.unmodifiableSet(ids);
    }

    /** Key results the issue is linked to directly by "contributes to". */
    public Set<KeyResultId> keyResultsLinking(IssueId issue) {
        Set<KeyResultId> krs = issue == null ? null : keyResultsByContributor.get(issue);
        return krs == null ? Collections.emptySet() : Collections.unmodifiableSet(krs);
    }

    /**
     * True when the issue is replaced by its children in a work set: an epic with children, or an item of a level
     * above epics with children (its Parent Link children).
     */
    public boolean expandsToChildren(IssueId id) {
        WorkItem item = items.get(id);
        return item != null && !item.isSubtask() && hasChildren(id);
    }
}
