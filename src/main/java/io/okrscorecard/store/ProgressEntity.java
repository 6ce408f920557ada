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
 * The materialised progress of one key result or objective, at one version. A write never updates a row: it inserts
 * the next version and deletes the previous one in the same transaction. {@link #VERSION_KEY} is unique, so two
 * writers that read the same version cannot both insert its successor (see docs/adr/0003-optimistic-progress-writes.md).
 * Undefined progress is stored as NULL: not every database stores NaN.
 */
@Preload
@Table(ProgressEntity.TABLE)
public interface ProgressEntity extends Entity {
    String TABLE = "PROGRESS";
    String SUBJECT_KIND = "SUBJECT_KIND";
    String ISSUE_ID = "ISSUE_ID";
    String ROW_VERSION = "ROW_VERSION";
    String VERSION_KEY = "VERSION_KEY";
    String PROGRESS = "PROGRESS";
    String UNDEFINED_REASON = "UNDEFINED_REASON";
    String ATTAINMENT = "ATTAINMENT";
    String TODO_COUNT = "TODO_COUNT";
    String IN_PROGRESS_COUNT = "IN_PROGRESS_COUNT";
    String DONE_COUNT = "DONE_COUNT";
    String EXCLUDED_COUNT = "EXCLUDED_COUNT";
    String SHARED_COUNT = "SHARED_COUNT";
    String POLICY_USED = "POLICY_USED";
    String FELL_BACK = "FELL_BACK";
    String COMPUTED_AT = "COMPUTED_AT";

    /** A {@code ProgressSubject.Kind} name. */
    @NotNull
    @StringLength(16)
    @Accessor(SUBJECT_KIND)
    String getSubjectKind();

    @NotNull
    @Indexed
    @Accessor(ISSUE_ID)
    long getIssueId();

    @NotNull
    @Accessor(ROW_VERSION)
    long getRowVersion();

    /** {@code kind:issueId:version}, unique: the claim on this version of the subject. */
    @NotNull
    @Unique
    @StringLength(64)
    @Accessor(VERSION_KEY)
    String getVersionKey();

    /** NULL when undefined. */
    @Accessor(PROGRESS)
    Double getProgress();

    /** An {@code UndefinedReason} name when undefined, else NULL. */
    @StringLength(32)
    @Accessor(UNDEFINED_REASON)
    String getUndefinedReason();

    /** NULL when undefined. */
    @Accessor(ATTAINMENT)
    Double getAttainment();

    @NotNull
    @Accessor(TODO_COUNT)
    int getTodoCount();

    @NotNull
    @Accessor(IN_PROGRESS_COUNT)
    int getInProgressCount();

    @NotNull
    @Accessor(DONE_COUNT)
    int getDoneCount();

    @NotNull
    @Accessor(EXCLUDED_COUNT)
    int getExcludedCount();

    @NotNull
    @Accessor(SHARED_COUNT)
    int getSharedCount();

    /** A {@code RollupPolicy} name for a WORK key result, else NULL. */
    @StringLength(16)
    @Accessor(POLICY_USED)
    String getPolicyUsed();

    @NotNull
    @Accessor(FELL_BACK)
    boolean isFellBack();

    /** Milliseconds since the epoch. */
    @NotNull
    @Accessor(COMPUTED_AT)
    long getComputedAt();
}
