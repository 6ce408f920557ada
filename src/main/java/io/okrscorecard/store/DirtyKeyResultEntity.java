package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A key result whose materialised progress may be stale; the row id orders the journal. */
@Preload
@Table(DirtyKeyResultEntity.TABLE)
public interface DirtyKeyResultEntity extends Entity {
    String TABLE = "DIRTY_KEY_RESULT";
    String KEY_RESULT_ID = "KEY_RESULT_ID";

    @NotNull
    @Indexed
    @Accessor(KEY_RESULT_ID)
    long getKeyResultId();
}
