package io.okrscorecard.core.keyresult;

/** Where a key result's progress comes from. */
public enum KeyResultKind {
    /** Linked work items, rolled up by the admin's rollup policy. */
    WORK,
    /** A number moving from a start value to a target, fed by check-ins. */
    METRIC,
    /** Done or not: the status category of the key result issue itself. */
    MILESTONE
}
