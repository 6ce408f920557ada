package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A cycle closed or re-opened ({@code CycleEvent}); the row with the highest id of a cycle is its latest. */
@Preload
@Table(CycleEventEntity.TABLE)
public interface CycleEventEntity extends Entity {
    String TABLE = "CYCLE_EVENT";
    String CYCLE_KEY = "CYCLE_KEY";
    String KIND = "KIND";
    String HAPPENED_AT = "HAPPENED_AT";
    String ACTOR_KEY = "ACTOR_KEY";
    String REASON = "REASON";

    @NotNull
    @Indexed
    @StringLength(64)
    @Accessor(CYCLE_KEY)
    String getCycleKey();

    /** {@code CLOSED} or {@code REOPENED}. */
    @NotNull
    @StringLength(16)
    @Accessor(KIND)
    String getKind();

    /** Epoch milliseconds. */
    @NotNull
    @Accessor(HAPPENED_AT)
    long getHappenedAt();

    @NotNull
    @StringLength(255)
    @Accessor(ACTOR_KEY)
    String getActorKey();

    @StringLength(StringLength.UNLIMITED)
    @Accessor(REASON)
    String getReason();
}
