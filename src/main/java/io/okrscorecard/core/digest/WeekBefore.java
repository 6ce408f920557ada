package io.okrscorecard.core.digest;

import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Status;
import io.okrscorecard.core.scoring.StatusRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scope as it stood on the day seven days before a digest, from the objectives' daily snapshots: each perspective is
 * the weighted mean of the same objectives that are in the digest's scope now, at their weights of now, with the
 * progress each had that day (an objective without a point that day is undefined then, and skipped as undefined
 * children are). Comparing the same objectives means that a digest of some projects or a saved filter shows the change
 * of its own scope, not of the whole cycle.
 */
public final class WeekBefore {
    private final Map<ObjectiveId, Progress> points;
    private final StatusRule rule;

    /**
     * @param points the objectives' progress on that day (a missing objective had no point)
     * @param rule the status rule of that day: in pace mode, the elapsed share of the cycle at the end of that day
     */
    public WeekBefore(Map<ObjectiveId, Progress> points, StatusRule rule) {
        this.points = Map.copyOf(points);
        this.rule = rule;
    }

    /** An objective's progress that day; undefined (not computed) without a point. */
    public Progress progress(ObjectiveId objective) {
        return points.getOrDefault(objective, Progress.undefined(UndefinedReason.NOT_COMPUTED));
    }

    /** An objective's status that day, under the thresholds of now. */
    public Status status(ObjectiveId objective, Thresholds thresholds) {
        return rule.statusOf(progress(objective), thresholds);
    }

    /** The perspective that day, over the objectives it has now. */
    public PerspectiveScore perspective(PerspectiveScore now) {
        List<ObjectiveScore> then = new ArrayList<>();
        for (ObjectiveScore objective : now.objectives()) {
            Progress progress = progress(objective.id());
            then.add(new ObjectiveScore(
                    objective.id(),
                    objective.key(),
                    objective.summary(),
                    objective.perspective(),
                    objective.unassigned(),
                    objective.weight(),
                    progress,
                    rule.statusOf(progress, now.perspective().thresholds()),
                    List.of()));
        }
        return PerspectiveScore.of(now.perspective(), then, rule);
    }

    /** RED in absolute mode, OFF_TRACK in pace mode: the statuses a digest calls red. */
    public static boolean isRed(Status status) {
        return status == Status.RED || status == Status.OFF_TRACK;
    }
}
