package io.okrscorecard.core.review;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * One change of a key result's grade in a cycle's review, kept for ever: who set it when, the grade before (the one
 * set last, else the default from progress, empty when there was none) and after, and why.
 */
public record GradeChange(
        CycleId cycle,
        KeyResultId keyResult,
        Optional<Grade> before,
        Grade grade,
        String comment,
        String actorKey,
        Instant at) {

    public static final int MAX_COMMENT = 1000;

    public GradeChange {
        ValidationException.requireValue(cycle, "cycle");
        ValidationException.requireValue(keyResult, "keyResult");
        ValidationException.requireValue(before, "before");
        ValidationException.requireValue(grade, "grade");
        comment = comment == null ? "" : comment;
        if (comment.length() > MAX_COMMENT) {
            throw new ValidationException("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        ValidationException.requireText(actorKey, "actor");
        ValidationException.requireValue(at, "at");
    }
}
