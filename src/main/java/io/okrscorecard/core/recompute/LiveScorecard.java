package io.okrscorecard.core.recompute;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A scorecard kept current by incremental recomputation. Each change to the work (an issue updated,
 * deleted, linked or unlinked) finds the affected key results through the work graph's reverse
 * index (directly linked, or linked through the issue's epic) and recomputes only those, their
 * objectives, their perspectives and the scorecard. The result is always equal to a full recompute.
 *
 * <p>Owns its graph (a private copy, or one handed over through {@link #owning}); not thread-safe.
 */
public final class LiveScorecard {

    private final Recomputation state;

    public LiveScorecard(ScorecardDefinition definition, WorkGraph graph, Clock clock) {
        this(ValidationException.requireValue(graph, "workGraph").copy(), definition, clock);
    }

    private LiveScorecard(WorkGraph owned, ScorecardDefinition definition, Clock clock) {
        ValidationException.requireValue(definition, "definition");
        this.state = new Recomputation(definition, owned, ScorecardCalculator.ruleAt(definition, clock));
    }

    /**
     * A live scorecard over a graph that the caller hands over and never touches again (no copy is made: the graph of
     * a key result with 100,000 items is large). The caller must not keep changing {@code graph}.
     */
    public static LiveScorecard owning(ScorecardDefinition definition, WorkGraph graph, Clock clock) {
        return new LiveScorecard(ValidationException.requireValue(graph, "workGraph"), definition, clock);
    }

    public Scorecard scorecard() {
        return state.scorecard();
    }

    /** One objective's score, as {@link #scorecard()} holds it, found in O(1): the event path's look-up. */
    public Optional<ObjectiveScore> objective(ObjectiveId id) {
        return state.objectiveScore(id);
    }

    /** Number of work item snapshots held; the graph itself changes only through this class. */
    public int workItemCount() {
        return state.graph().size();
    }

    /** The snapshot of an issue as this scorecard holds it, or {@code null} when it holds none. */
    public WorkItem item(IssueId id) {
        return state.graph().item(id);
    }

    /**
     * The key results whose work set may hold this issue as the scorecard knows it: those linking it and those linking
     * a container above it (its epic, the levels above). Empty when the issue is unknown.
     */
    public Set<KeyResultId> keyResultsHolding(IssueId id) {
        Set<KeyResultId> holding = new TreeSet<>();
        affectedBy(state.graph().item(id), holding);
        return holding;
    }

    /**
     * The objectives whose stored numbers change when these key results do: their objectives and, when aligned
     * objectives contribute to their parents, every objective those count for.
     */
    public Set<ObjectiveId> objectivesAffectedBy(Collection<KeyResultId> keyResults) {
        return state.objectivesAffectedBy(keyResults);
    }

    public ScorecardDefinition definition() {
        return state.definition();
    }

    /** An issue was created or updated. Returns the key results that were recomputed. */
    public Set<KeyResultId> put(WorkItem item) {
        ValidationException.requireValue(item, "workItem");
        WorkGraph graph = state.graph();
        Set<KeyResultId> affected = new TreeSet<>();
        WorkItem previous = graph.item(item.id());
        if (keepsMembership(previous, item)) {
            affectedBy(item, affected);
            graph.put(item);
            return state.recomputeChanged(affected, item);
        }
        Map<IssueId, Boolean> expanded =
                expansionOf(item.id(), previous == null ? null : previous.containerId(), item.containerId());
        affectedBy(previous, affected);
        graph.put(item);
        affectedBy(item, affected);
        // everything below the issue moved with it
        affected.addAll(graph.keyResultsBelow(item.id()));
        affectedByFlippedEpics(expanded, affected);
        return state.recompute(affected);
    }

    /** An issue was deleted or left the app's view. */
    public Set<KeyResultId> remove(IssueId id) {
        WorkGraph graph = state.graph();
        WorkItem previous = graph.item(id);
        if (previous == null) {
            return Set.of();
        }
        Set<KeyResultId> affected = new TreeSet<>();
        Map<IssueId, Boolean> expanded = expansionOf(id, previous.containerId());
        affectedBy(previous, affected);
        if (expanded.get(id)) {
            affectedViaChildren(id, affected);
        }
        graph.remove(id);
        affectedByFlippedEpics(expanded, affected);
        return state.recompute(affected);
    }

    /** A change of status, estimate or summary-like fields: the issue stays in exactly the same work sets. */
    private boolean keepsMembership(WorkItem previous, WorkItem item) {
        return previous != null
                && previous.kind() == item.kind()
                && Objects.equals(previous.epicId(), item.epicId())
                && Objects.equals(previous.containerId(), item.containerId())
                && state.definition().rollup().excludes(previous.resolution())
                        == state.definition().rollup().excludes(item.resolution());
    }

    /** Whether each of these issues currently stands for its children (a container with children). */
    private Map<IssueId, Boolean> expansionOf(IssueId... ids) {
        Map<IssueId, Boolean> expanded = new HashMap<>();
        for (IssueId id : ids) {
            if (id != null) {
                expanded.put(id, state.graph().expandsToChildren(id));
            }
        }
        return expanded;
    }

    /**
     * An issue that starts or stops standing for its children changes the work sets of the key
     * results linking it, of those holding what is below it, and of those holding it through a container above it.
     */
    private void affectedByFlippedEpics(Map<IssueId, Boolean> before, Set<KeyResultId> affected) {
        WorkGraph graph = state.graph();
        before.forEach((id, was) -> {
            if (was != graph.expandsToChildren(id)) {
                affected.addAll(graph.keyResultsAbove(id));
                affectedViaChildren(id, affected);
            }
        });
    }

    /** An "OKR Contribution" link was created. */
    public Set<KeyResultId> link(KeyResultId keyResult, IssueId issue) {
        Set<KeyResultId> affected = new TreeSet<>();
        affected.add(keyResult);
        itemsEnteringWith(issue, affected);
        state.graph().link(keyResult, issue);
        itemsEnteringWith(issue, affected);
        return state.recompute(affected);
    }

    /** An "OKR Contribution" link was deleted. */
    public Set<KeyResultId> unlink(KeyResultId keyResult, IssueId issue) {
        Set<KeyResultId> affected = new TreeSet<>();
        affected.add(keyResult);
        itemsEnteringWith(issue, affected);
        state.graph().unlink(keyResult, issue);
        return state.recompute(affected);
    }

    /**
     * A key result issue changed (weight, metric values, a new check-in, milestone status). A change
     * of kind changes which key results count as sharing work, so it recomputes every key result.
     */
    public Set<KeyResultId> replace(KeyResult keyResult) {
        ValidationException.requireValue(keyResult, "keyResult");
        return state.replace(keyResult);
    }

    /** Key results whose work set may hold this version of the issue: linked to it or to a container above it. */
    private void affectedBy(WorkItem version, Set<KeyResultId> affected) {
        if (version == null) {
            return;
        }
        WorkGraph graph = state.graph();
        affected.addAll(graph.keyResultsLinking(version.id()));
        if (version.containerId() != null) {
            affected.addAll(graph.keyResultsAbove(version.containerId()));
        }
    }

    /** When a container starts or stops standing for its children, every key result holding an issue below changes. */
    private void affectedViaChildren(IssueId containerId, Set<KeyResultId> affected) {
        affected.addAll(state.graph().keyResultsBelow(containerId));
    }

    /**
     * Linking or unlinking {@code issue} adds or removes it (or, for an epic with children, its
     * children) from a work set, which changes the shared-item lists of every key result holding them.
     */
    private void itemsEnteringWith(IssueId issue, Set<KeyResultId> affected) {
        WorkGraph graph = state.graph();
        affected.addAll(graph.keyResultsAbove(issue));
        if (graph.expandsToChildren(issue)) {
            affectedViaChildren(issue, affected);
        }
    }
}
