package io.okrscorecard.app;

import io.okrscorecard.app.ScorecardReading.KeyResultReading;
import io.okrscorecard.core.digest.ProgressChange;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.WeekBefore;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.Status;
import io.okrscorecard.core.strategymap.StrategyMap;
import java.time.LocalDate;
import java.util.List;

/**
 * A weekly digest as its subscriber may read it: the scope's perspectives now and their change over the week, and of the
 * objectives the subscriber may browse those whose status changed (turned red first), the key results with a check-in
 * due and the top movers. Objectives the subscriber may not browse are only counted, never named.
 *
 * @param day the digest's day; the changes compare it with {@code weekBefore}, seven days earlier
 * @param reading the scorecard reading the digest was drawn from (its PDF report is made from it)
 * @param map the strategy map of the reading, for the PDF report
 */
public record Digest(
        Subscription subscription,
        LocalDate day,
        LocalDate weekBefore,
        ScorecardReading reading,
        StrategyMap map,
        List<PerspectiveLine> perspectives,
        List<ObjectiveLine> statusChanges,
        List<DueCheckIn> checkInsDue,
        List<ObjectiveLine> topMovers) {

    /** At most this many objectives are listed as top movers. */
    public static final int TOP_MOVERS = 5;

    public Digest {
        perspectives = List.copyOf(perspectives);
        statusChanges = List.copyOf(statusChanges);
        checkInsDue = List.copyOf(checkInsDue);
        topMovers = List.copyOf(topMovers);
    }

    /** A perspective of the scope: its score and status now, and its change since the week before. */
    public record PerspectiveLine(Perspective perspective, Progress progress, Status status, ProgressChange change) {}

    /** A visible objective on the day seven days before and now. */
    public record ObjectiveLine(Objective objective, Status statusBefore, Status status, ProgressChange change) {

        /** Its status is red now (RED or OFF_TRACK) and was not the week before. */
        public boolean turnedRed() {
            return WeekBefore.isRed(status) && !WeekBefore.isRed(statusBefore);
        }
    }

    /** A visible key result on which a check-in is due, with its objective. */
    public record DueCheckIn(Objective objective, KeyResultReading keyResult) {}

    /** Objectives in scope that the subscriber may not browse: counted, never named. */
    public int hiddenObjectives() {
        return reading.hiddenObjectives();
    }
}
