package io.okrscorecard.core.recompute;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.rollup.KeyResultProgress;
import io.okrscorecard.core.rollup.KeyResultRollup;
import io.okrscorecard.core.rollup.WorkExplanation;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.strategymap.AlignmentTree;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The scores of one definition over one work graph, kept per level so that a change to some key
 * results recomputes exactly those, their objectives, their perspectives and the scorecard, with the
 * same arithmetic in the same order as a full computation.
 */
final class Recomputation {

    /** Bucket of objectives without a known perspective. */
    private static final PerspectiveKey UNASSIGNED = null;

    private ScorecardDefinition definition;
    private final WorkGraph graph;
    private final StatusRule rule;
    private final Map<KeyResultId, KeyResult> keyResults = new HashMap<>();
    private final Map<KeyResultId, Objective> ownerOf = new HashMap<>();
    private final Set<KeyResultId> workKeyResults = new HashSet<>();
    private final Map<ObjectiveId, Objective> objectives = new LinkedHashMap<>();
    private final AlignmentTree alignment;
    private final Map<PerspectiveKey, List<Objective>> objectivesByPerspective = new HashMap<>();
    private final Map<KeyResultId, KeyResultScore> keyResultScores = new HashMap<>();
    private final Map<ObjectiveId, ObjectiveScore> objectiveScores = new HashMap<>();
    private final Map<PerspectiveKey, PerspectiveScore> perspectiveScores = new HashMap<>();
    private List<ObjectiveScore> unassignedScores = List.of();
    private Scorecard scorecard;

    Recomputation(ScorecardDefinition definition, WorkGraph graph, StatusRule rule) {
        this.definition = definition;
        this.graph = graph;
        this.rule = rule;
        for (Objective objective : definition.objectives()) {
            objectives.put(objective.id(), objective);
            objectivesByPerspective
                    .computeIfAbsent(bucketOf(objective), k -> new ArrayList<>())
                    .add(objective);
            for (KeyResult kr : objective.keyResults()) {
                keyResults.put(kr.id(), kr);
                ownerOf.put(kr.id(), objective);
                if (kr.kind() == KeyResultKind.WORK) {
                    workKeyResults.add(kr.id());
                }
            }
        }
        this.alignment = AlignmentTree.of(definition.objectives());
        recompute(keyResults.keySet());
    }

    ScorecardDefinition definition() {
        return definition;
    }

    WorkGraph graph() {
        return graph;
    }

    StatusRule rule() {
        return rule;
    }

    /** The score of one objective as {@link #scorecard()} holds it: a look-up, not a search of the scorecard. */
    Optional<ObjectiveScore> objectiveScore(ObjectiveId id) {
        return Optional.ofNullable(objectiveScores.get(id));
    }

    Scorecard scorecard() {
        return scorecard;
    }

    boolean isWorkKeyResult(KeyResultId id) {
        return workKeyResults.contains(id);
    }

    /** Recomputes the given key results (ids outside the definition are ignored) and everything above them. */
    Set<KeyResultId> recompute(Collection<KeyResultId> changed) {
        return rescore(
                changed,
                (kr, previous) -> KeyResultRollup.rollup(kr, graph, definition.rollup(), workKeyResults::contains));
    }

    /**
     * Recomputes the given key results after a change to {@code item} that kept its membership in
     * every work set, patching their previous work sets instead of expanding them again.
     */
    Set<KeyResultId> recomputeChanged(Collection<KeyResultId> changed, WorkItem item) {
        return rescore(
                changed,
                (kr, previous) -> previous != null && previous.explanation() instanceof WorkExplanation explanation
                        ? KeyResultRollup.rollupChanged(explanation, item, definition.rollup())
                        : KeyResultRollup.rollup(kr, graph, definition.rollup(), workKeyResults::contains));
    }

    private Set<KeyResultId> rescore(
            Collection<KeyResultId> changed, BiFunction<KeyResult, KeyResultScore, KeyResultProgress> rollup) {
        Set<KeyResultId> inScope = new HashSet<>();
        Set<ObjectiveId> dirtyObjectives = new HashSet<>();
        for (KeyResultId id : changed) {
            KeyResult kr = keyResults.get(id);
            if (kr == null) {
                continue;
            }
            inScope.add(id);
            Objective owner = ownerOf.get(id);
            KeyResultProgress rolled = rollup.apply(kr, keyResultScores.get(id));
            keyResultScores.put(id, KeyResultScore.of(kr, rolled, thresholdsOf(owner), rule));
            dirtyObjectives.add(owner.id());
        }
        Set<PerspectiveKey> dirtyPerspectives = new HashSet<>();
        for (ObjectiveId id : objectivesToScore(dirtyObjectives)) {
            Objective objective = objectives.get(id);
            List<KeyResultScore> scores = new ArrayList<>(objective.keyResults().size());
            for (KeyResult kr : objective.keyResults()) {
                scores.add(keyResultScores.get(kr.id()));
            }
            List<ObjectiveScore> supporting = new ArrayList<>();
            for (ObjectiveId child : alignment.childrenOf(id)) {
                supporting.add(objectiveScores.get(child));
            }
            objectiveScores.put(
                    id,
                    ObjectiveScore.of(
                            objective,
                            bucketOf(objective) == UNASSIGNED,
                            scores,
                            supporting,
                            definition.rollup().cascade(),
                            thresholdsOf(objective),
                            rule));
            dirtyPerspectives.add(bucketOf(objective));
        }
        if (scorecard == null) {
            for (Perspective perspective : definition.perspectives().all()) {
                dirtyPerspectives.add(perspective.key());
            }
        }
        for (PerspectiveKey key : dirtyPerspectives) {
            List<ObjectiveScore> scores = new ArrayList<>();
            for (Objective objective : objectivesByPerspective.getOrDefault(key, List.of())) {
                scores.add(objectiveScores.get(objective.id()));
            }
            if (key == UNASSIGNED) {
                unassignedScores = scores;
            } else {
                perspectiveScores.put(
                        key, PerspectiveScore.of(definition.perspectives().get(key), scores, rule));
            }
        }
        if (!dirtyPerspectives.isEmpty() || scorecard == null) {
            List<PerspectiveScore> ordered = new ArrayList<>();
            for (Perspective perspective : definition.perspectives().all()) {
                ordered.add(perspectiveScores.get(perspective.key()));
            }
            scorecard = Scorecard.of(definition.cycle().id(), rule, ordered, unassignedScores);
        }
        return inScope;
    }

    /**
     * The objectives whose scores these key results' owners change, in the order they are scored: every objective on
     * the first computation; with the cascade on, the owners and every objective they count for.
     */
    private Collection<ObjectiveId> objectivesToScore(Set<ObjectiveId> owners) {
        if (scorecard == null) {
            return alignment.bottomUp().stream().map(Objective::id).toList();
        }
        return definition.rollup().cascade().enabled() ? alignment.withAncestors(owners) : owners;
    }

    /** These key results' objectives and, with the cascade on, every objective they count for. */
    Set<ObjectiveId> objectivesAffectedBy(Collection<KeyResultId> changed) {
        Set<ObjectiveId> owners = new HashSet<>();
        for (KeyResultId id : changed) {
            Objective owner = ownerOf.get(id);
            if (owner != null) {
                owners.add(owner.id());
            }
        }
        return definition.rollup().cascade().enabled() ? alignment.withAncestors(owners) : owners;
    }

    /** Swaps in a changed key result of the same id and recomputes what it affects. */
    Set<KeyResultId> replace(KeyResult keyResult) {
        KeyResult previous = keyResults.get(keyResult.id());
        if (previous == null) {
            throw new ValidationException(
                    "keyResult.id", "key result " + keyResult.key() + " is not in this scorecard");
        }
        Objective owner = ownerOf.get(keyResult.id());
        List<KeyResult> krs = new ArrayList<>(owner.keyResults());
        krs.set(krs.indexOf(previous), keyResult);
        Objective changed = owner.withKeyResults(krs);
        List<Objective> all = new ArrayList<>(definition.objectives());
        all.set(all.indexOf(owner), changed);
        definition = definition.withObjectives(all);
        objectives.put(changed.id(), changed);
        List<Objective> bucket = objectivesByPerspective.get(bucketOf(changed));
        bucket.set(bucket.indexOf(owner), changed);
        for (KeyResult kr : changed.keyResults()) {
            ownerOf.put(kr.id(), changed);
        }
        keyResults.put(keyResult.id(), keyResult);
        if (previous.kind() == keyResult.kind()) {
            return recompute(Set.of(keyResult.id()));
        }
        if (keyResult.kind() == KeyResultKind.WORK) {
            workKeyResults.add(keyResult.id());
        } else {
            workKeyResults.remove(keyResult.id());
        }
        return recompute(new ArrayList<>(keyResults.keySet()));
    }

    private PerspectiveKey bucketOf(Objective objective) {
        PerspectiveKey key = objective.perspective();
        return key != null && definition.perspectives().find(key).isPresent() ? key : UNASSIGNED;
    }

    private Thresholds thresholdsOf(Objective objective) {
        PerspectiveKey key = bucketOf(objective);
        return key == UNASSIGNED
                ? Thresholds.DEFAULT
                : definition.perspectives().get(key).thresholds();
    }
}
