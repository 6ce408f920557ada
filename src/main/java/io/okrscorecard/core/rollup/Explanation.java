package io.okrscorecard.core.rollup;

/** How a key result's progress was computed, in terms a PMO can check against Jira. */
public sealed interface Explanation permits WorkExplanation, MetricExplanation, MilestoneExplanation {

    /** One line of plain text, e.g. "63% = (5 + 0.5 x 2) / 11 issues (policy COUNT)". */
    String summary();
}
