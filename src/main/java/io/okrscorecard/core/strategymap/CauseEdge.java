package io.okrscorecard.core.strategymap;

import io.okrscorecard.core.IssueKey;

/** An "OKR Cause" link on the strategy map: {@code cause} drives {@code effect}. */
public record CauseEdge(IssueKey cause, IssueKey effect) {}
