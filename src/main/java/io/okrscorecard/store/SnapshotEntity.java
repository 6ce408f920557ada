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
 * One day's progress of a scorecard, perspective, objective or key result. {@link #POINT_KEY} is unique, so a day holds
 * at most one point per subject even when two nodes record it at once.
 */
@Preload
@Table(SnapshotEntity.TABLE)
public interface SnapshotEntity extends Entity {
    String TABLE = "DAILY_SNAPSHOT";
    String CYCLE_KEY = "CYCLE_KEY";
    String SUBJECT_KIND = "SUBJECT_KIND";
    String SUBJECT_ID = "SUBJECT_ID";
    String SNAPSHOT_DAY = "SNAPSHOT_DAY";
    String POINT_KEY = "POINT_KEY";
    String PROGRESS = "PROGRESS";
    String UNDEFINED_REASON = "UNDEFINED_REASON";

    @NotNull
    @Indexed
    @StringLength(64)
    @Accessor(CYCLE_KEY)
    String getCycleKey();

    /** A {@code SnapshotRepository.Subject.Kind} name. */
    @NotNull
    @StringLength(16)
    @Accessor(SUBJECT_KIND)
    String getSubjectKind();

    @NotNull
    @Indexed
    @StringLength(64)
    @Accessor(SUBJECT_ID)
    String getSubjectId();

    /** ISO-8601 day, e.g. {@code 2026-10-01}. */
    @NotNull
    @Indexed
    @StringLength(10)
    @Accessor(SNAPSHOT_DAY)
    String getSnapshotDay();

    /** {@code cycle|kind|id|day}, unique. */
    @NotNull
    @Unique
    @StringLength(180)
    @Accessor(POINT_KEY)
    String getPointKey();

    /** NULL when undefined. */
    @Accessor(PROGRESS)
    Double getProgress();

    @StringLength(32)
    @Accessor(UNDEFINED_REASON)
    String getUndefinedReason();
}
