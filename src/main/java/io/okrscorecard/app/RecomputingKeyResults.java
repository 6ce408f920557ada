package io.okrscorecard.app;

import io.okrscorecard.app.ProgressRows.Group;
import io.okrscorecard.app.ProgressRows.Saved;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.recompute.LiveScorecard;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkRollup;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.rollup.WorkSetMembers;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.work.WorkGraph;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One recalculation of some key results from a fresh read (a step of {@link RecalculatingProgress#recalculate}):
 * observes the stored versions, reads the objectives and their work, scores each objective with the objectives sharing
 * its work, stores the rows of every objective whose versions did not move, and keeps the work state of those
 * objectives in this node's {@link WorkStateCache} for {@link ApplyingIssueChanges}.
 */
final class RecomputingKeyResults {
    private static final Logger LOG = LoggerFactory.getLogger(RecomputingKeyResults.class);

    /** Status of the rows of key results that measure no objective; the store keeps no status, only progress. */
    private static final StatusRule NO_CYCLE_RULE = new StatusRule(StatusMode.ABSOLUTE, 0);

    private final ObjectiveSource objectives;
    private final WorkItemSource work;
    private final KeptSettings keptSettings;
    private final ProgressRows progressRows;
    private final WorkStateCache cache;
    private final Clock clock;

    RecomputingKeyResults(
            ObjectiveSource objectives,
            WorkItemSource work,
            KeptSettings keptSettings,
            ProgressRows progressRows,
            WorkStateCache cache,
            Clock clock) {
        this.objectives = objectives;
        this.work = work;
        this.keptSettings = keptSettings;
        this.progressRows = progressRows;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * One full recalculation: observes the stored versions, reads the objectives and their work, scores each objective
     * with the objectives sharing its work, stores the rows of every objective whose versions did not move, and keeps
     * the work state of those objectives.
     */
    Saved writeFresh(Set<KeyResultId> requested) {
        KeptSettings.Snapshot current = keptSettings.now();
        Instant computedAt = clock.instant();
        // the versions of the requested key results are observed before anything is read: any writer that stores
        // newer data for their objectives (also a changed objective definition) writes these rows too
        Map<ProgressSubject, Long> observed = progressRows.versionsOf(keyResultSubjects(requested));
        Map<ObjectiveId, Objective> measured = new LinkedHashMap<>();
        for (Objective objective : objectives.objectivesMeasuredBy(requested)) {
            if (measured.putIfAbsent(objective.id(), objective) == null) {
                // replaced below; dropped now so that a large one can be collected while the new one is built
                cache.take(objective.id());
            }
        }
        Set<KeyResultId> defined = new HashSet<>();
        Set<KeyResultId> workKeyResults = new TreeSet<>();
        List<ProgressSubject> more = new ArrayList<>();
        for (Objective objective : measured.values()) {
            more.add(ProgressSubject.of(objective.id()));
            for (KeyResult kr : objective.keyResults()) {
                defined.add(kr.id());
                more.add(ProgressSubject.of(kr.id()));
                if (kr.kind() == KeyResultKind.WORK) {
                    workKeyResults.add(kr.id());
                }
            }
        }
        Set<KeyResultId> orphans = new TreeSet<>(requested);
        orphans.removeAll(defined);
        workKeyResults.addAll(orphans);
        more.removeIf(observed::containsKey);
        observed.putAll(progressRows.versionsOf(more));

        WorkGraph graph = workKeyResults.isEmpty() ? new WorkGraph() : work.workFor(workKeyResults);

        List<Objective> scored = new ArrayList<>();
        for (Objective objective : measured.values()) {
            if (current.openCycles().containsKey(objective.cycle())) {
                scored.add(objective);
            } else {
                LOG.debug("Objectives of unknown or closed cycle {} are not scored", objective.cycle());
            }
        }
        Map<ObjectiveId, Set<KeyResultId>> sharingOf = new HashMap<>();
        Set<KeyResultId> outside = new TreeSet<>();
        for (Objective objective : scored) {
            Set<KeyResultId> sharing = ScoringAfresh.sharingKeyResults(graph, workKeyResultsOf(objective));
            sharing.removeAll(keyResultIdsOf(objective));
            sharingOf.put(objective.id(), sharing);
            outside.addAll(sharing);
        }
        outside.removeAll(defined);
        outside.removeAll(orphans);
        // observed before their objectives are read: a change of their kind, objective or cycle is then caught later
        Map<ProgressSubject, Long> outsideVersions = progressRows.versionsOf(keyResultSubjects(outside));
        Map<KeyResultId, Objective> owners = new HashMap<>();
        if (!outside.isEmpty()) {
            for (Objective objective : objectives.objectivesMeasuredBy(outside)) {
                for (KeyResult kr : objective.keyResults()) {
                    owners.putIfAbsent(kr.id(), objective);
                }
            }
        }
        for (Objective objective : measured.values()) {
            for (KeyResult kr : objective.keyResults()) {
                owners.put(kr.id(), objective);
            }
        }

        boolean ownGraph = scored.size() == 1 && orphans.isEmpty();
        List<Group> groups = new ArrayList<>();
        for (Objective objective : scored) {
            Set<KeyResultId> sharing = sharingOf.get(objective.id());
            Map<ObjectiveId, Objective> inDefinition = new LinkedHashMap<>();
            inDefinition.put(objective.id(), objective);
            for (KeyResultId other : sharing) {
                Objective owner = owners.get(other);
                if (owner != null && owner.cycle().equals(objective.cycle())) {
                    inDefinition.putIfAbsent(owner.id(), owner);
                }
            }
            ScorecardDefinition definition = new ScorecardDefinition(
                    current.cycles().get(objective.cycle()),
                    current.perspectives(),
                    current.app().rollup(),
                    current.app().statusMode(),
                    List.copyOf(inDefinition.values()));
            WorkGraph own = ownGraph ? graph : graph.cutFor(workKeyResultsOf(objective));
            LiveScorecard live = LiveScorecard.owning(definition, own, clock);
            ObjectiveScore score = live.objective(objective.id())
                    .orElseThrow(() -> new IllegalStateException(objective.key() + " was not scored"));
            List<StoredProgress> rows = ProgressRows.rowsOf(score, computedAt);
            Set<KeyResultId> answered = new TreeSet<>(keyResultIdsOf(objective));
            answered.retainAll(requested);
            groups.add(new Group(
                    objective.id(),
                    answered,
                    rows,
                    live,
                    keyResultIdsOf(objective),
                    Map.of(),
                    sharing,
                    ProgressRows.workSetsOf(score)));
        }
        for (KeyResultId orphan : orphans) {
            WorkSet workSet = WorkSet.expand(orphan, graph, current.app().rollup());
            groups.add(new Group(
                    null,
                    Set.of(orphan),
                    List.of(orphanRow(orphan, workSet, current.app().rollup(), computedAt)),
                    null,
                    Set.of(orphan),
                    Map.of(),
                    Set.of(),
                    List.of(WorkSetMembers.of(orphan, workSet))));
        }
        Map<ProgressSubject, Long> expected = ProgressRows.expectedVersions(groups, observed);
        Saved saved = progressRows.save(groups, expected, true);
        for (Group group : saved.overtaken()) {
            if (group.objective() != null) {
                cache.take(group.objective());
            }
        }
        if (current.revision() != null) {
            for (Group group : saved.written()) {
                if (group.live() != null) {
                    Map<ProgressSubject, Long> dependencies = new HashMap<>();
                    for (KeyResultId other : group.sharing()) {
                        ProgressSubject subject = ProgressSubject.of(other);
                        StoredProgress now = saved.stored().get(subject);
                        dependencies.put(
                                subject,
                                now != null
                                        ? now.version()
                                        : outsideVersions.getOrDefault(subject, observed.getOrDefault(subject, 0L)));
                    }
                    cache.put(new WorkStateCache.Entry(
                            group.objective(),
                            group.live(),
                            group.keyResults(),
                            ProgressRows.storedOf(group, saved.stored()),
                            dependencies));
                }
            }
        }
        return saved;
    }

    private static List<ProgressSubject> keyResultSubjects(Collection<KeyResultId> keyResults) {
        List<ProgressSubject> subjects = new ArrayList<>(keyResults.size());
        for (KeyResultId keyResult : keyResults) {
            subjects.add(ProgressSubject.of(keyResult));
        }
        return subjects;
    }

    private static Set<KeyResultId> keyResultIdsOf(Objective objective) {
        Set<KeyResultId> ids = new TreeSet<>();
        for (KeyResult kr : objective.keyResults()) {
            ids.add(kr.id());
        }
        return ids;
    }

    /** The WORK key results of an objective: those measured by linked work. */
    static Set<KeyResultId> workKeyResultsOf(Objective objective) {
        Set<KeyResultId> ids = new TreeSet<>();
        for (KeyResult kr : objective.keyResults()) {
            if (kr.kind() == KeyResultKind.WORK) {
                ids.add(kr.id());
            }
        }
        return ids;
    }

    /**
     * A key result that measures no objective (not linked yet, or its objective link was removed): its kind is only
     * known through an objective, so its row shows the progress of its linked work, with no other key result to share
     * work with ("no linked work" when it has none).
     */
    private static StoredProgress orphanRow(KeyResultId id, WorkSet workSet, RollupSettings rollup, Instant at) {
        WorkRollup.Result result = WorkRollup.explain(workSet, rollup, List.of());
        KeyResultScore score = new KeyResultScore(
                id,
                null,
                "",
                KeyResultKind.WORK,
                Weight.ONE,
                result.progress(),
                result.progress().value(),
                NO_CYCLE_RULE.statusOf(result.progress(), Thresholds.DEFAULT),
                null,
                result.explanation());
        return StoredProgress.of(score, at);
    }
}
