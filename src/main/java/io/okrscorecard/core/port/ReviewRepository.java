package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.review.GradeChange;
import io.okrscorecard.core.review.Retrospective;
import java.util.List;
import java.util.Map;

/**
 * A cycle's review, shared by every node: each change of a key result's grade (rows only inserted, the latest one is
 * the grade) and each objective's retrospective (the latest one written is the note).
 */
public interface ReviewRepository {

    /** The latest change of each graded key result of the cycle. One statement. */
    Map<KeyResultId, GradeChange> grades(CycleId cycle);

    /** Every change of the key result's grade in the cycle, oldest first. */
    List<GradeChange> gradeHistory(CycleId cycle, KeyResultId keyResult);

    void recordGrade(GradeChange change);

    /** The latest retrospective of each objective of the cycle that has one. One statement. */
    Map<ObjectiveId, Retrospective> retrospectives(CycleId cycle);

    void saveRetrospective(Retrospective retrospective);
}
