package io.okrscorecard.core.scoring;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scored objective: the weighted mean of its key results' progress by key result weight.
 *
 * @param perspective the objective's perspective as configured (may be {@code null} or unknown)
 * @param unassigned true when the objective has no known perspective: listed under Unassigned,
 *     left out of the scorecard score
 * @param keyResults sorted by key result id
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
        List<KeyResultScore> keyResults) {

    public ObjectiveScore {
        keyResults = List.copyOf(keyResults);
    }

    public static ObjectiveScore of(
            Objective objective,
            boolean unassigned,
            List<KeyResultScore> keyResults,
            Thresholds thresholds,
            StatusRule rule) {
        List<KeyResultScore> sorted = new ArrayList<>(keyResults);
        sorted.sort(Comparator.comparing(KeyResultScore::id));
        WeightedMean mean = new WeightedMean();
        for (KeyResultScore kr : sorted) {
            mean.add(kr.progress(), kr.weight().value());
        }
        Progress progress = mean.result(UndefinedReason.NO_KEY_RESULTS);
        return new ObjectiveScore(
                objective.id(),
                objective.key(),
                objective.summary(),
                objective.perspective(),
                unassigned,
                objective.weight(),
                progress,
                rule.statusOf(progress, thresholds),
                sorted);
    }
}
