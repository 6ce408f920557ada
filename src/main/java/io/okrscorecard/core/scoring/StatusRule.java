package io.okrscorecard.core.scoring;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.rollup.Progress;

/** A status mode fixed at one moment: the elapsed share of the cycle is taken once per computation. */
public record StatusRule(StatusMode mode, double elapsedShare) {

    public StatusRule {
        ValidationException.requireValue(mode, "statusMode");
        ValidationException.requireFinite(elapsedShare, "elapsedShare");
        if (elapsedShare < 0 || elapsedShare > 1) {
            throw new ValidationException("elapsedShare", "must be between 0 and 1, was " + elapsedShare);
        }
    }

    public Status statusOf(Progress progress, Thresholds thresholds) {
        if (!progress.isDefined()) {
            return Status.NONE;
        }
        double value = progress.value();
        if (mode == StatusMode.ABSOLUTE) {
            if (value >= thresholds.green()) {
                return Status.GREEN;
            }
            return value >= thresholds.amber() ? Status.AMBER : Status.RED;
        }
        if (elapsedShare == 0) {
            return Status.ON_TRACK;
        }
        double ratio = value / elapsedShare;
        if (ratio >= StatusMode.PACE_ON_TRACK) {
            return Status.ON_TRACK;
        }
        return ratio >= StatusMode.PACE_AT_RISK ? Status.AT_RISK : Status.OFF_TRACK;
    }
}
