package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.ReviewRepository;
import io.okrscorecard.core.review.Grade;
import io.okrscorecard.core.review.GradeChange;
import io.okrscorecard.core.review.Retrospective;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * A cycle's review in the KR_GRADE and RETROSPECTIVE tables: rows are inserted, never updated or deleted; the latest
 * row (highest id) of a key result or objective is its grade or note.
 */
public final class AoReviewRepository implements ReviewRepository {

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;

    public AoReviewRepository(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this.ao = ao;
        this.transactions = transactions;
    }

    @Override
    public Map<KeyResultId, GradeChange> grades(CycleId cycle) {
        Map<KeyResultId, GradeChange> latest = new HashMap<>();
        for (GradeEntity row : gradeRows(Query.select().where(GradeEntity.CYCLE_KEY + " = ?", cycle.value()))) {
            latest.put(KeyResultId.of(row.getKeyResultId()), change(cycle, row));
        }
        return latest;
    }

    @Override
    public List<GradeChange> gradeHistory(CycleId cycle, KeyResultId keyResult) {
        List<GradeChange> history = new ArrayList<>();
        for (GradeEntity row : gradeRows(Query.select()
                .where(
                        GradeEntity.CYCLE_KEY + " = ? AND " + GradeEntity.KEY_RESULT_ID + " = ?",
                        cycle.value(),
                        keyResult.value()))) {
            history.add(change(cycle, row));
        }
        return history;
    }

    @Override
    public void recordGrade(GradeChange change) {
        ValidationException.requireValue(change, "grade");
        Map<String, Object> row = new HashMap<>();
        row.put(GradeEntity.CYCLE_KEY, change.cycle().value());
        row.put(GradeEntity.KEY_RESULT_ID, change.keyResult().value());
        row.put(GradeEntity.GRADE_BEFORE, change.before().map(Grade::value).orElse(null));
        row.put(GradeEntity.GRADE_VALUE, change.grade().value());
        row.put(GradeEntity.GRADE_COMMENT, change.comment());
        row.put(GradeEntity.ACTOR_KEY, Columns.text(change.actorKey(), 255, "actor"));
        row.put(GradeEntity.CHANGED_AT, Columns.millis(change.at()));
        transactions.inTransaction(() -> ao.create(GradeEntity.class, row));
    }

    @Override
    public Map<ObjectiveId, Retrospective> retrospectives(CycleId cycle) {
        RetrospectiveEntity[] rows = ao.find(
                RetrospectiveEntity.class,
                Query.select()
                        .where(RetrospectiveEntity.CYCLE_KEY + " = ?", cycle.value())
                        .order("ID"));
        Map<ObjectiveId, Retrospective> latest = new HashMap<>();
        for (RetrospectiveEntity row : rows) {
            ObjectiveId objective = ObjectiveId.of(row.getObjectiveId());
            latest.put(
                    objective,
                    new Retrospective(
                            cycle,
                            objective,
                            row.getLearned(),
                            row.getChangeNote(),
                            row.getAuthorKey(),
                            Columns.instant(row.getWrittenAt())));
        }
        return latest;
    }

    @Override
    public void saveRetrospective(Retrospective retrospective) {
        ValidationException.requireValue(retrospective, "retrospective");
        Map<String, Object> row = new HashMap<>();
        row.put(RetrospectiveEntity.CYCLE_KEY, retrospective.cycle().value());
        row.put(RetrospectiveEntity.OBJECTIVE_ID, retrospective.objective().value());
        row.put(RetrospectiveEntity.LEARNED, retrospective.learned());
        row.put(RetrospectiveEntity.CHANGE_NOTE, retrospective.change());
        row.put(RetrospectiveEntity.AUTHOR_KEY, Columns.text(retrospective.authorKey(), 255, "author"));
        row.put(RetrospectiveEntity.WRITTEN_AT, Columns.millis(retrospective.at()));
        transactions.inTransaction(() -> ao.create(RetrospectiveEntity.class, row));
    }

    /** The rows oldest first (by id: the order they were written in). */
    private GradeEntity[] gradeRows(Query query) {
        return ao.find(GradeEntity.class, query.order("ID"));
    }

    private static GradeChange change(CycleId cycle, GradeEntity row) {
        return new GradeChange(
                cycle,
                KeyResultId.of(row.getKeyResultId()),
                Optional.ofNullable(row.getGradeBefore()).map(Grade::of),
                Grade.of(row.getGradeValue()),
                row.getGradeComment(),
                row.getActorKey(),
                Columns.instant(row.getChangedAt()));
    }
}
