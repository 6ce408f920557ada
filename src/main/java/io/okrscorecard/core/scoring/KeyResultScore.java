package io.okrscorecard.core.scoring;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.rollup.Explanation;
import io.okrscorecard.core.rollup.KeyResultProgress;
import io.okrscorecard.core.rollup.Progress;

/**
 * A scored key result.
 *
 * @param attainment raw metric attainment (may be below 0 or above 1); equals progress for other kinds
 * @param confidence from the latest check-in, {@code null} before the first
 */
public record KeyResultScore(
        KeyResultId id,
        IssueKey key,
        String summary,
        KeyResultKind kind,
        Weight weight,
        Progress progress,
        double attainment,
        Status status,
        Confidence confidence,
        Explanation explanation) {

    public static KeyResultScore of(
            KeyResult keyResult, KeyResultProgress rolled, Thresholds thresholds, StatusRule rule) {
        return new KeyResultScore(
                keyResult.id(),
                keyResult.key(),
                keyResult.summary(),
                keyResult.kind(),
                keyResult.weight(),
                rolled.progress(),
                rolled.attainment(),
                rule.statusOf(rolled.progress(), thresholds),
                keyResult.confidence().orElse(null),
                rolled.explanation());
    }
}
