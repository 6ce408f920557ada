package io.okrscorecard.core.work;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The work side of the model: work item snapshots, the "contributes to" links from issues to key
 * results, and the epic membership (Epic Link) index. It is the reverse index of incremental
 * recomputation: from an issue to the key results linking it directly or through its epic.
 *
 * <p>Mutable on purpose: an incremental recompute applies one issue event to it in O(1).
 * Not thread-safe; whoever owns it confines it to one thread.
 */
public final class WorkGraph {

    private final Map<IssueId, WorkItem> items;
    private final Map<IssueId, Map<IssueId, WorkItem>> childrenByEpic;
    private final Map<KeyResultId, Set<IssueId>> contributorsByKeyResult;
    private final Map<IssueId, Set<KeyResultId>> keyResultsByContributor;

    public WorkGraph() {
        this.items = new HashMap<>();
        this.childrenByEpic = new HashMap<>();
        this.contributorsByKeyResult = new HashMap<>();
        this.keyResultsByContributor = new HashMap<>();
    }

    /** A deep copy: the copy and the original can change independently. */
    public WorkGraph copy() {
        WorkGraph copy = new WorkGraph();
        copy.items.putAll(items);
        childrenByEpic.forEach((epic, children) -> copy.childrenByEpic.put(epic, new HashMap<>(children)));
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
     * key results, are built from: their "contributes to" links and contributing issues, the children of contributing
     * epics, the epic of each of those issues, the children of every epic among them, and every "contributes to" link
     * of all of them. Rolling these key
     * results up over the cut gives exactly what it gives over this graph, so a cut can stand in for the whole graph
     * of a multi-objective read when one objective's state is kept for incremental recomputation.
     */
    public WorkGraph cutFor(Collection<KeyResultId> keyResults) {
        ValidationException.requireValue(keyResults, "keyResults");
        Set<IssueId> issues = new HashSet<>();
        for (KeyResultId keyResult : keyResults) {
            for (IssueId contributor : contributorsOf(keyResult)) {
                issues.add(contributor);
                Map<IssueId, WorkItem> children = childrenByEpic.get(contributor);
                if (children != null) {
                    issues.addAll(children.keySet());
                }
            }
        }
        Set<IssueId> epics = new HashSet<>();
        for (IssueId id : issues) {
            WorkItem item = items.get(id);
            if (item != null && item.epicId() != null) {
                epics.add(item.epicId());
            }
        }
        issues.addAll(epics);
        // an epic among them stands for its children wherever it is linked, so whether it has any must stay known
        Set<IssueId> childrenOfEpics = new HashSet<>();
        for (IssueId id : issues) {
            WorkItem item = items.get(id);
            Map<IssueId, WorkItem> children = item != null && item.isEpic() ? childrenByEpic.get(id) : null;
            if (children != null) {
                childrenOfEpics.addAll(children.keySet());
            }
        }
        issues.addAll(childrenOfEpics);
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

    /** Adds or replaces the snapshot of an issue; returns the previous snapshot or {@code null}. */
    public WorkItem put(WorkItem item) {
        ValidationException.requireValue(item, "workItem");
        WorkItem previous = items.put(item.id(), item);
        if (previous != null && previous.epicId() != null) {
            removeChild(previous.epicId(), previous.id());
        }
        if (item.epicId() != null) {
            childrenByEpic.computeIfAbsent(item.epicId(), e -> new HashMap<>()).put(item.id(), item);
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
        if (previous != null && previous.epicId() != null) {
            removeChild(previous.epicId(), id);
        }
        return previous;
    }

    private void removeChild(IssueId epicId, IssueId childId) {
        Map<IssueId, WorkItem> children = childrenByEpic.get(epicId);
        if (children != null) {
            children.remove(childId);
            if (children.isEmpty()) {
                childrenByEpic.remove(epicId);
            }
        }
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

    /** Issues whose Epic Link points at {@code epicId}, of any kind or resolution. */
    public Collection<WorkItem> childrenOf(IssueId epicId) {
        Map<IssueId, WorkItem> children = epicId == null ? null : childrenByEpic.get(epicId);
        return children == null ? Collections.emptyList() : Collections.unmodifiableCollection(children.values());
    }

    public boolean hasChildren(IssueId epicId) {
        return epicId != null && childrenByEpic.containsKey(epicId);
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

    /** True when the issue is an epic that is replaced by its children in a work set. */
    public boolean expandsToChildren(IssueId id) {
        WorkItem item = items.get(id);
        return item != null && item.isEpic() && hasChildren(id);
    }
}
