package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One change of a key result's grade in a cycle's review ({@code GradeChange}); rows are only inserted, and the row with
 * the highest id of a cycle and key result is its grade.
 */
@Preload
@Table(GradeEntity.TABLE)
public interface GradeEntity extends Entity {
    String TABLE = "KR_GRADE";
    String CYCLE_KEY = "CYCLE_KEY";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String GRADE_BEFORE = "GRADE_BEFORE";
    String GRADE_VALUE = "GRADE_VALUE";
    String GRADE_COMMENT = "GRADE_COMMENT";
    String ACTOR_KEY = "ACTOR_KEY";
    String CHANGED_AT = "CHANGED_AT";

    @NotNull
    @Indexed
    @StringLength(64)
    @Accessor(CYCLE_KEY)
    String getCycleKey();

    @NotNull
    @Accessor(KEY_RESULT_ID)
    long getKeyResultId();

    /** The grade before the change; NULL when there was none. */
    @Accessor(GRADE_BEFORE)
    Double getGradeBefore();

    @NotNull
    @Accessor(GRADE_VALUE)
    double getGradeValue();

    @StringLength(StringLength.UNLIMITED)
    @Accessor(GRADE_COMMENT)
    String getGradeComment();

    @NotNull
    @StringLength(255)
    @Accessor(ACTOR_KEY)
    String getActorKey();

    /** Epoch milliseconds. */
    @NotNull
    @Accessor(CHANGED_AT)
    long getChangedAt();
}
