package io.okrscorecard.app;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.review.Grade;
import io.okrscorecard.core.review.GradeChange;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.review.Retrospective;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A cycle's review as one viewer reads it: the cycle's scorecard reading (its numbers, the objectives and key results
 * the viewer may browse), and for those the grades, the retrospectives and what the viewer may do.
 *
 * @param cycle the cycle and its state today
 * @param mayClose whether the viewer is a reviewer: may close and re-open the cycle
 * @param keyResults per visible key result, its grade
 * @param objectives per visible objective, its grade and retrospective
 * @param perspectiveGrades per perspective, the weighted mean of its visible objectives' grades (empty: none graded)
 */
public record Review(
        CycleStates.Stated cycle,
        GradeScale scale,
        boolean mayClose,
        ScorecardReading reading,
        Map<KeyResultId, KeyResultGrade> keyResults,
        Map<ObjectiveId, ObjectiveReview> objectives,
        Map<PerspectiveKey, OptionalDouble> perspectiveGrades) {

    public Review {
        keyResults = Map.copyOf(keyResults);
        objectives = Map.copyOf(objectives);
        perspectiveGrades = Map.copyOf(perspectiveGrades);
    }

    /**
     * A key result's grade: the one set last, else the default from its progress ({@code byDefault}), else none (its
     * progress is undefined: "not graded").
     *
     * @param latest the change that set the grade, with who made it; empty for a default grade or none
     */
    public record KeyResultGrade(
            Optional<Grade> grade, boolean byDefault, Optional<AuthoredGradeChange> latest, boolean mayGrade) {}

    /** An objective's grade (empty: none of its key results graded), its retrospective and who wrote it. */
    public record ObjectiveReview(
            OptionalDouble grade, Optional<AuthoredRetrospective> retrospective, boolean mayWriteRetrospective) {}

    /** A retrospective with the person who wrote it. */
    public record AuthoredRetrospective(Retrospective retrospective, Person author) {}

    /** A change of a grade with the person who made it, as people read them. */
    public record AuthoredGradeChange(GradeChange change, Person actor) {}
}
