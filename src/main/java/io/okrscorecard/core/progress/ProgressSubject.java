package io.okrscorecard.core.progress;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /** The subjects of these objectives and of their key results, each objective followed by its key results. */
    public static List<ProgressSubject> ofObjectivesAndKeyResults(Collection<Objective> objectives) {
        List<ProgressSubject> subjects = new ArrayList<>();
        for (Objective objective : objectives) {
            subjects.add(of(objective.id()));
            for (KeyResult keyResult : objective.keyResults()) {
                subjects.add(of(keyResult.id()));
            }
        }
        return subjects;
    }
}
