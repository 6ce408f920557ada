package io.okrscorecard.core.keyresult;

/** The owner's judgement at a check-in, independent of the computed progress. */
public enum Confidence {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
