package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/**
 * Daily snapshots in the DAILY_SNAPSHOT table. Recording a day deletes that cycle's points of the day and inserts the
 * new ones in one transaction; the unique point key keeps one point per subject and day even if two nodes record at
 * once (the loser retries and replaces).
 */
public final class AoSnapshotRepository implements SnapshotRepository {

    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;

    public AoSnapshotRepository(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this.ao = ao;
        this.transactions = transactions;
    }

    @Override
    public void record(LocalDate day, Scorecard scorecard) {
        ValidationException.requireValue(day, "snapshot.day");
        ValidationException.requireValue(scorecard, "scorecard");
        List<Map<String, Object>> rows = rows(day, scorecard);
        String dayText = CycleMapper.day(day, "snapshot.day");
        Retrying.write(transactions, ATTEMPTS, "SNAPSHOT " + scorecard.cycle() + " " + day, () -> {
            ao.delete(ao.find(
                    SnapshotEntity.class,
                    Query.select()
                            .where(
                                    SnapshotEntity.CYCLE_KEY + " = ? AND " + SnapshotEntity.SNAPSHOT_DAY + " = ?",
                                    scorecard.cycle().value(),
                                    dayText)));
            for (Map<String, Object> row : rows) {
                ao.create(SnapshotEntity.class, row);
            }
            return null;
        });
    }

    /** Every subject of the scorecard once (an objective or key result listed twice keeps its first point). */
    private static List<Map<String, Object>> rows(LocalDate day, Scorecard scorecard) {
        CycleId cycle = scorecard.cycle();
        Map<Subject, Progress> points = new LinkedHashMap<>();
        points.put(new Subject(cycle, Subject.Kind.SCORECARD, cycle.value()), scorecard.progress());
        for (PerspectiveScore perspective : scorecard.perspectives()) {
            points.putIfAbsent(
                    new Subject(
                            cycle,
                            Subject.Kind.PERSPECTIVE,
                            perspective.perspective().key().value()),
                    perspective.progress());
        }
        scorecard.objectives().forEach(objective -> {
            points.putIfAbsent(objectiveSubject(cycle, objective), objective.progress());
            for (KeyResultScore keyResult : objective.keyResults()) {
                points.putIfAbsent(
                        new Subject(
                                cycle, Subject.Kind.KEY_RESULT, keyResult.id().toString()),
                        keyResult.progress());
            }
        });
        List<Map<String, Object>> rows = new ArrayList<>(points.size());
        points.forEach((subject, progress) -> rows.add(SnapshotMapper.columns(subject, day, progress)));
        return rows;
    }

    private static Subject objectiveSubject(CycleId cycle, ObjectiveScore objective) {
        return new Subject(cycle, Subject.Kind.OBJECTIVE, objective.id().toString());
    }

    @Override
    public Map<Subject, List<Point>> trends(Collection<Subject> subjects, LocalDate from, LocalDate to) {
        ValidationException.requireValue(from, "snapshot.from");
        ValidationException.requireValue(to, "snapshot.to");
        Set<Subject> wanted = new LinkedHashSet<>(subjects);
        Map<Subject, List<Point>> trends = new LinkedHashMap<>();
        for (Subject subject : wanted) {
            trends.put(subject, new ArrayList<>());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Subject subject : wanted) {
            ids.add(subject.id());
        }
        String range = " AND " + SnapshotEntity.SNAPSHOT_DAY + " >= ? AND " + SnapshotEntity.SNAPSHOT_DAY + " <= ?";
        for (List<String> chunk : Chunks.of(ids)) {
            Object[] params = new Object[chunk.size() + 2];
            chunk.toArray(params);
            params[chunk.size()] = CycleMapper.day(from, "snapshot.from");
            params[chunk.size() + 1] = CycleMapper.day(to, "snapshot.to");
            SnapshotEntity[] rows = ao.find(
                    SnapshotEntity.class,
                    Query.select().where(Chunks.in(SnapshotEntity.SUBJECT_ID, chunk.size()) + range, params));
            for (SnapshotEntity row : rows) {
                List<Point> points = trends.get(SnapshotMapper.subject(row));
                if (points != null) {
                    points.add(SnapshotMapper.point(row));
                }
            }
        }
        trends.values().forEach(points -> points.sort(Comparator.comparing(Point::day)));
        return trends;
    }
}
