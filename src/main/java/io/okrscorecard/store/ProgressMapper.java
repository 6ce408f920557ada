package io.okrscorecard.store;

import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.progress.StoredProgress.WorkCounts;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.UndefinedReason;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link StoredProgress} to and from its row. Undefined progress and its NaN attainment are stored as NULL with the
 * reason; {@code computedAt} is kept to the millisecond.
 */
final class ProgressMapper {

    private ProgressMapper() {}

    static Map<String, Object> columns(StoredProgress stored, long version) {
        WorkCounts counts = stored.counts();
        Map<String, Object> row = new HashMap<>();
        row.put(ProgressEntity.SUBJECT_KIND, stored.subject().kind().name());
        row.put(ProgressEntity.ISSUE_ID, stored.subject().issueId());
        row.put(ProgressEntity.ROW_VERSION, version);
        row.put(ProgressEntity.VERSION_KEY, versionKey(stored.subject(), version));
        row.put(ProgressEntity.PROGRESS, value(stored.progress()));
        row.put(ProgressEntity.UNDEFINED_REASON, reason(stored.progress()));
        row.put(
                ProgressEntity.ATTAINMENT,
                stored.progress().isDefined() ? Columns.number(stored.attainment(), "attainment") : null);
        row.put(ProgressEntity.TODO_COUNT, counts.todo());
        row.put(ProgressEntity.IN_PROGRESS_COUNT, counts.inProgress());
        row.put(ProgressEntity.DONE_COUNT, counts.done());
        row.put(ProgressEntity.EXCLUDED_COUNT, counts.excluded());
        row.put(ProgressEntity.SHARED_COUNT, counts.shared());
        row.put(
                ProgressEntity.POLICY_USED,
                stored.policyUsed() == null ? null : stored.policyUsed().name());
        row.put(ProgressEntity.FELL_BACK, stored.fellBackToCount());
        row.put(ProgressEntity.COMPUTED_AT, Columns.millis(stored.computedAt()));
        return row;
    }

    static StoredProgress stored(ProgressEntity row) {
        Progress progress = progress(row.getProgress(), row.getUndefinedReason());
        Double attainment = row.getAttainment();
        return new StoredProgress(
                subject(row),
                progress,
                attainment == null ? Double.NaN : attainment,
                new WorkCounts(
                        row.getTodoCount(),
                        row.getInProgressCount(),
                        row.getDoneCount(),
                        row.getExcludedCount(),
                        row.getSharedCount()),
                row.getPolicyUsed() == null ? null : RollupPolicy.valueOf(row.getPolicyUsed()),
                row.isFellBack(),
                Columns.instant(row.getComputedAt()),
                row.getRowVersion());
    }

    /** The row as it reads back once stored at this version. */
    static StoredProgress asStored(StoredProgress stored, long version) {
        return new StoredProgress(
                stored.subject(),
                stored.progress(),
                stored.attainment(),
                stored.counts(),
                stored.policyUsed(),
                stored.fellBackToCount(),
                Columns.instant(Columns.millis(stored.computedAt())),
                version);
    }

    static ProgressSubject subject(ProgressEntity row) {
        return new ProgressSubject(ProgressSubject.Kind.valueOf(row.getSubjectKind()), row.getIssueId());
    }

    static String versionKey(ProgressSubject subject, long version) {
        return subject.kind().name() + ':' + subject.issueId() + ':' + version;
    }

    static Double value(Progress progress) {
        return progress.isDefined() ? Columns.number(progress.value(), "progress") : null;
    }

    static String reason(Progress progress) {
        return progress.isDefined() ? null : progress.undefinedReason().name();
    }

    static Progress progress(Double value, String undefinedReason) {
        if (undefinedReason != null) {
            return Progress.undefined(UndefinedReason.valueOf(undefinedReason));
        }
        return Progress.of(value);
    }
}
