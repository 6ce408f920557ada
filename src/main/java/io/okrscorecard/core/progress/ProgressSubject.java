package io.okrscorecard.core.progress;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;

/** A key result or an objective whose progress is materialised, identified by its issue id. */
public record ProgressSubject(Kind kind, long issueId) {

    /** Which kind of issue the subject is. */
    public enum Kind {
        KEY_RESULT,
        OBJECTIVE
    }

    public ProgressSubject {
        ValidationException.requireValue(kind, "subject.kind");
        if (issueId <= 0) {
            throw new ValidationException("subject.issueId", "must be positive, was " + issueId);
        }
    }

    public static ProgressSubject of(KeyResultId keyResult) {
        return new ProgressSubject(Kind.KEY_RESULT, keyResult.value());
    }

    public static ProgressSubject of(ObjectiveId objective) {
        return new ProgressSubject(Kind.OBJECTIVE, objective.value());
    }
}
