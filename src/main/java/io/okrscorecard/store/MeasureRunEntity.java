package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One evaluation of a key result's measure. Rows are only inserted. {@link #RUN_KEY} ({@code keyResultId:number}) is
 * unique, so of two evaluations that read the same last run only the first to commit is stored (ADR 0022).
 */
@Preload
@Table(MeasureRunEntity.TABLE)
public interface MeasureRunEntity extends Entity {
    String TABLE = "MEASURE_RUN";
    String RUN_KEY = "RUN_KEY";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String RUN_NUMBER = "RUN_NUMBER";
    String RUN_AT = "RUN_AT";
    String OUTCOME = "OUTCOME";
    String RUN_VALUE = "RUN_VALUE";
    String ISSUE_COUNT = "ISSUE_COUNT";
    String QUERY_TEXT = "QUERY_TEXT";
    String RUN_MESSAGE = "RUN_MESSAGE";

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    @Accessor(RUN_KEY)
    String getRunKey();

    @NotNull
    @Indexed
    @Accessor(KEY_RESULT_ID)
    long getKeyResultId();

    @NotNull
    @Accessor(RUN_NUMBER)
    long getRunNumber();

    /** Milliseconds since the epoch. */
    @NotNull
    @Accessor(RUN_AT)
    long getRunAt();

    /** A {@code MeasureRun.Outcome} name. */
    @NotNull
    @StringLength(16)
    @Accessor(OUTCOME)
    String getOutcome();

    /** NULL unless MEASURED. */
    @Accessor(RUN_VALUE)
    Double getRunValue();

    @NotNull
    @Accessor(ISSUE_COUNT)
    int getIssueCount();

    @StringLength(StringLength.UNLIMITED)
    @Accessor(QUERY_TEXT)
    String getQueryText();

    @StringLength(StringLength.UNLIMITED)
    @Accessor(RUN_MESSAGE)
    String getRunMessage();
}
