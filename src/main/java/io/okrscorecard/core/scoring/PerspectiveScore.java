package io.okrscorecard.core.scoring;

import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scored perspective: the weighted mean of its objectives by objective weight, objectives sorted by id. */
public record PerspectiveScore(
        Perspective perspective, Progress progress, Status status, List<ObjectiveScore> objectives) {

    public PerspectiveScore {
        objectives = List.copyOf(objectives);
    }

    public static PerspectiveScore of(Perspective perspective, List<ObjectiveScore> objectives, StatusRule rule) {
        List<ObjectiveScore> sorted = new ArrayList<>(objectives);
        sorted.sort(Comparator.comparing(ObjectiveScore::id));
        WeightedMean mean = new WeightedMean();
        for (ObjectiveScore objective : sorted) {
            mean.add(objective.progress(), objective.weight().value());
        }
        Progress progress = mean.result(UndefinedReason.NO_OBJECTIVES);
        return new PerspectiveScore(perspective, progress, rule.statusOf(progress, perspective.thresholds()), sorted);
    }
}
