package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One check-in of a key result. Rows are only ever inserted: a correction is a newer check-in. */
@Preload
@Table(CheckInEntity.TABLE)
public interface CheckInEntity extends Entity {
    String TABLE = "CHECK_IN";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String METRIC_VALUE = "METRIC_VALUE";
    String CONFIDENCE = "CONFIDENCE";
    String NOTE = "NOTE";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String CHECKED_AT = "CHECKED_AT";
    String MEASURED_QUERY = "MEASURED_QUERY";
    String MEASURED_ISSUES = "MEASURED_ISSUES";

    @NotNull
    @Indexed
    @Accessor(KEY_RESULT_ID)
    long getKeyResultId();

    /** NULL for kinds without a metric. */
    @Accessor(METRIC_VALUE)
    Double getMetricValue();

    /** A {@code Confidence} name. */
    @NotNull
    @StringLength(16)
    @Accessor(CONFIDENCE)
    String getConfidence();

    /** The comment (up to 4,000 characters, so unlimited text); never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    @Accessor(NOTE)
    String getNote();

    @NotNull
    @StringLength(255)
    @Accessor(AUTHOR_KEY)
    String getAuthorKey();

    /** Milliseconds since the epoch. */
    @NotNull
    @Accessor(CHECKED_AT)
    long getCheckedAt();

    /** The JQL of a system check-in written by a Jira measure; NULL for a person's check-in. */
    @StringLength(StringLength.UNLIMITED)
    @Accessor(MEASURED_QUERY)
    String getMeasuredQuery();

    /** The number of issues the measure found; NULL for a person's check-in. */
    @Accessor(MEASURED_ISSUES)
    Integer getMeasuredIssues();
}
