package io.okrscorecard.core.scoring;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scored Balanced Scorecard of one cycle: the weighted mean of its perspectives by perspective
 * weight. Objectives without a known perspective are listed in {@code unassigned} and do not count.
 *
 * @param perspectives in display order
 * @param unassigned sorted by objective id
 */
public record Scorecard(
        CycleId cycle,
        StatusRule rule,
        Progress progress,
        Status status,
        List<PerspectiveScore> perspectives,
        List<ObjectiveScore> unassigned) {

    public Scorecard {
        perspectives = List.copyOf(perspectives);
        unassigned = List.copyOf(unassigned);
    }

    public static Scorecard of(
            CycleId cycle, StatusRule rule, List<PerspectiveScore> perspectives, List<ObjectiveScore> unassigned) {
        WeightedMean mean = new WeightedMean();
        for (PerspectiveScore perspective : perspectives) {
            mean.add(perspective.progress(), perspective.perspective().weight().value());
        }
        Progress progress = mean.result(UndefinedReason.NO_OBJECTIVES);
        List<ObjectiveScore> sorted = new ArrayList<>(unassigned);
        sorted.sort(Comparator.comparing(ObjectiveScore::id));
        return new Scorecard(cycle, rule, progress, rule.statusOf(progress, Thresholds.DEFAULT), perspectives, sorted);
    }

    public Optional<PerspectiveScore> perspective(PerspectiveKey key) {
        return perspectives.stream()
                .filter(p -> p.perspective().key().equals(key))
                .findFirst();
    }

    /** Every objective, assigned ones first in perspective order, then the unassigned ones. */
    public Stream<ObjectiveScore> objectives() {
        return Stream.concat(perspectives.stream().flatMap(p -> p.objectives().stream()), unassigned.stream());
    }

    public Optional<ObjectiveScore> objective(ObjectiveId id) {
        return objectives().filter(o -> o.id().equals(id)).findFirst();
    }

    public Stream<KeyResultScore> keyResults() {
        return objectives().flatMap(o -> o.keyResults().stream());
    }

    public Optional<KeyResultScore> keyResult(KeyResultId id) {
        return keyResults().filter(kr -> kr.id().equals(id)).findFirst();
    }
}
