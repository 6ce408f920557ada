package io.okrscorecard.app;

import io.okrscorecard.core.rollup.Progress;
import java.time.Instant;

/**
 * The number a closed cycle's scorecard shows for one of its objectives or key results: the one it was closed with
 * (docs/adr/0018-closing-a-cycle-freezes-it.md). The issue panel shows it above its explanation from Jira as it is
 * now, so that the panel never contradicts the scorecard.
 */
public record ClosedNumber(Instant frozenAt, Progress progress) {}
