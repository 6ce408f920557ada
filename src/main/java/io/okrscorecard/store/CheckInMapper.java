package io.okrscorecard.store;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.MeasuredBy;
import java.util.HashMap;
import java.util.Map;

/** {@link CheckIn} to and from its row; the time is kept to the millisecond. */
final class CheckInMapper {

    static final int MAX_AUTHOR = 255;

    private CheckInMapper() {}

    static Map<String, Object> columns(KeyResultId keyResult, CheckIn checkIn) {
        Map<String, Object> row = new HashMap<>();
        row.put(CheckInEntity.KEY_RESULT_ID, keyResult.value());
        row.put(CheckInEntity.METRIC_VALUE, Columns.number(checkIn.value(), "checkIn.value"));
        row.put(CheckInEntity.CONFIDENCE, checkIn.confidence().name());
        row.put(CheckInEntity.NOTE, checkIn.comment());
        row.put(CheckInEntity.AUTHOR_KEY, Columns.text(checkIn.authorKey(), MAX_AUTHOR, "checkIn.author"));
        row.put(CheckInEntity.CHECKED_AT, Columns.millis(checkIn.at()));
        if (checkIn.measuredBy() != null) {
            row.put(CheckInEntity.MEASURED_QUERY, checkIn.measuredBy().query());
            row.put(CheckInEntity.MEASURED_ISSUES, checkIn.measuredBy().issueCount());
        }
        return row;
    }

    static CheckIn checkIn(CheckInEntity row) {
        return new CheckIn(
                row.getMetricValue(),
                Confidence.valueOf(row.getConfidence()),
                row.getNote(),
                row.getAuthorKey(),
                Columns.instant(row.getCheckedAt()),
                row.getMeasuredQuery() == null || row.getMeasuredIssues() == null
                        ? null
                        : new MeasuredBy(row.getMeasuredQuery(), row.getMeasuredIssues()));
    }
}
