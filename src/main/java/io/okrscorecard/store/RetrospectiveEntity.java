package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An objective's retrospective note in a cycle's review ({@code Retrospective}); each save inserts a row, and the row
 * with the highest id of a cycle and objective is the note.
 */
@Preload
@Table(RetrospectiveEntity.TABLE)
public interface RetrospectiveEntity extends Entity {
    String TABLE = "RETROSPECTIVE";
    String CYCLE_KEY = "CYCLE_KEY";
    String OBJECTIVE_ID = "OBJECTIVE_ID";
    String LEARNED = "LEARNED";
    String CHANGE_NOTE = "CHANGE_NOTE";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String WRITTEN_AT = "WRITTEN_AT";

    @NotNull
    @Indexed
    @StringLength(64)
    @Accessor(CYCLE_KEY)
    String getCycleKey();

    @NotNull
    @Accessor(OBJECTIVE_ID)
    long getObjectiveId();

    @StringLength(StringLength.UNLIMITED)
    @Accessor(LEARNED)
    String getLearned();

    @StringLength(StringLength.UNLIMITED)
    @Accessor(CHANGE_NOTE)
    String getChangeNote();

    @NotNull
    @StringLength(255)
    @Accessor(AUTHOR_KEY)
    String getAuthorKey();

    /** Epoch milliseconds. */
    @NotNull
    @Accessor(WRITTEN_AT)
    long getWrittenAt();
}
