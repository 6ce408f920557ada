package io.okrscorecard.store;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.port.SnapshotRepository.Point;
import io.okrscorecard.core.port.SnapshotRepository.Subject;
import io.okrscorecard.core.rollup.Progress;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Snapshot points to and from their rows; undefined progress is a NULL with its reason. */
final class SnapshotMapper {

    static final int MAX_SUBJECT_ID = 64;

    private SnapshotMapper() {}

    static Map<String, Object> columns(Subject subject, LocalDate day, Progress progress) {
        String id = Columns.text(subject.id(), MAX_SUBJECT_ID, "snapshot.id");
        String dayText = CycleMapper.day(day, "snapshot.day");
        Map<String, Object> row = new HashMap<>();
        row.put(SnapshotEntity.CYCLE_KEY, subject.cycle().value());
        row.put(SnapshotEntity.SUBJECT_KIND, subject.kind().name());
        row.put(SnapshotEntity.SUBJECT_ID, id);
        row.put(SnapshotEntity.SNAPSHOT_DAY, dayText);
        row.put(SnapshotEntity.POINT_KEY, pointKey(subject, dayText));
        row.put(SnapshotEntity.PROGRESS, ProgressMapper.value(progress));
        row.put(SnapshotEntity.UNDEFINED_REASON, ProgressMapper.reason(progress));
        return row;
    }

    static String pointKey(Subject subject, String day) {
        return subject.cycle().value() + '|' + subject.kind().name() + '|' + subject.id() + '|' + day;
    }

    static Subject subject(SnapshotEntity row) {
        return new Subject(
                CycleId.of(row.getCycleKey()), Subject.Kind.valueOf(row.getSubjectKind()), row.getSubjectId());
    }

    static Point point(SnapshotEntity row) {
        return new Point(
                LocalDate.parse(row.getSnapshotDay()),
                ProgressMapper.progress(row.getProgress(), row.getUndefinedReason()));
    }
}
