package io.okrscorecard.core.scoring;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scored objective: the weighted mean of its key results' progress by key result weight, and, when aligned objectives
 * contribute to their parent ({@link Cascade}), of its supporting objectives' progress by objective weight, the two
 * means mixed by the cascade's share.
 *
 * @param perspective the objective's perspective as configured (may be {@code null} or unknown)
 * @param unassigned true when the objective has no known perspective: listed under Unassigned,
 *     left out of the scorecard score
 * @param keyResults sorted by key result id
 * @param cascaded how much of the progress comes from supporting objectives ({@link Cascaded#none} without cascade)
 */
public record ObjectiveScore(
        ObjectiveId id,
        IssueKey key,
        String summary,
        PerspectiveKey perspective,
        boolean unassigned,
        Weight weight,
        Progress progress,
        Status status,
        List<KeyResultScore> keyResults,
        Cascaded cascaded) {

    /**
     * The parts of a cascaded objective's progress.
     *
     * @param own the weighted mean of the objective's own key results
     * @param supporting the supporting objectives that count, by key
     * @param supportingProgress their weighted mean by objective weight; undefined ({@code NO_OBJECTIVES}) without any
     * @param fromSupporting the share of the objective's progress that comes from them: 0 when they are not measured
     *     (or there are none), 1 when the objective's own key results are not measured, else the cascade's share
     */
    public record Cascaded(
            Progress own, List<ObjectiveId> supporting, Progress supportingProgress, double fromSupporting) {
        public Cascaded {
            supporting = List.copyOf(supporting);
        }

        /** No supporting objective counts: the progress is the objective's own. */
        public static Cascaded none(Progress own) {
            return new Cascaded(own, List.of(), Progress.undefined(UndefinedReason.NO_OBJECTIVES), 0.0);
        }
    }

    public ObjectiveScore {
        keyResults = List.copyOf(keyResults);
    }

    /** A score without supporting objectives: the progress is the key results' mean. */
    public ObjectiveScore(
            ObjectiveId id,
            IssueKey key,
            String summary,
            PerspectiveKey perspective,
            boolean unassigned,
            Weight weight,
            Progress progress,
            Status status,
            List<KeyResultScore> keyResults) {
        this(id, key, summary, perspective, unassigned, weight, progress, status, keyResults, Cascaded.none(progress));
    }

    public static ObjectiveScore of(
            Objective objective,
            boolean unassigned,
            List<KeyResultScore> keyResults,
            Thresholds thresholds,
            StatusRule rule) {
        return of(objective, unassigned, keyResults, List.of(), Cascade.OFF, thresholds, rule);
    }

    /**
     * Scores an objective from its key results and, when the cascade is on, its supporting objectives (already
     * scored; the {@link io.okrscorecard.core.strategymap.AlignmentTree} says which count). Undefined supporting
     * objectives are skipped, as undefined key results are; if none is measured the objective's own progress stands,
     * and if its own key results measure nothing the supporting objectives' mean stands alone.
     */
    public static ObjectiveScore of(
            Objective objective,
            boolean unassigned,
            List<KeyResultScore> keyResults,
            List<ObjectiveScore> supporting,
            Cascade cascade,
            Thresholds thresholds,
            StatusRule rule) {
        List<KeyResultScore> sorted = new ArrayList<>(keyResults);
        sorted.sort(Comparator.comparing(KeyResultScore::id));
        WeightedMean mean = new WeightedMean();
        for (KeyResultScore kr : sorted) {
            mean.add(kr.progress(), kr.weight().value());
        }
        Progress own = mean.result(UndefinedReason.NO_KEY_RESULTS);
        List<Cascading.Supporting> children = new ArrayList<>(supporting.size());
        for (ObjectiveScore child : supporting) {
            children.add(new Cascading.Supporting(child.id(), child.key(), child.weight(), child.progress()));
        }
        Cascaded cascaded = Cascading.parts(own, children, cascade);
        Progress progress = Cascading.combined(cascaded);
        return new ObjectiveScore(
                objective.id(),
                objective.key(),
                objective.summary(),
                objective.perspective(),
                unassigned,
                objective.weight(),
                progress,
                rule.statusOf(progress, thresholds),
                sorted,
                cascaded);
    }
}
