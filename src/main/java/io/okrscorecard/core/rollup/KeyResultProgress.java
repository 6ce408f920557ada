package io.okrscorecard.core.rollup;

/** The progress of one key result with its explanation; attainment is raw for metrics, else = progress. */
public record KeyResultProgress(Progress progress, double attainment, Explanation explanation) {}
