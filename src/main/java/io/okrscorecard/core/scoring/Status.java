package io.okrscorecard.core.scoring;

/** What a dashboard colours a number with. ABSOLUTE mode yields RAG, PACE mode yields the track values. */
public enum Status {
    GREEN,
    AMBER,
    RED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** Progress is undefined: nothing to judge. */
    NONE
}
