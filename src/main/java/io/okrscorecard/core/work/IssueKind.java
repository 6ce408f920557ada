package io.okrscorecard.core.work;

/** How an issue takes part in the rollup: epics are replaced by their children, sub-tasks never count. */
public enum IssueKind {
    STANDARD,
    EPIC,
    SUBTASK
}
