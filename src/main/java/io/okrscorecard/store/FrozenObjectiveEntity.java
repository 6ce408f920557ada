package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One objective of a closed cycle's snapshot as JSON: the objective with its key results and their check-ins, and the
 * stored numbers of each. One row per objective keeps every text small, whatever the size of the cycle.
 */
@Preload
@Table(FrozenObjectiveEntity.TABLE)
public interface FrozenObjectiveEntity extends Entity {
    String TABLE = "FROZEN_OBJECTIVE";
    String CYCLE_KEY = "CYCLE_KEY";
    String POSITION = "POSITION";
    String FROZEN_JSON = "FROZEN_JSON";

    @NotNull
    @Indexed
    @StringLength(64)
    @Accessor(CYCLE_KEY)
    String getCycleKey();

    /** The objective's place in the cycle (by key), from 0. */
    @NotNull
    @Accessor(POSITION)
    int getPosition();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    @Accessor(FROZEN_JSON)
    String getFrozenJson();
}
