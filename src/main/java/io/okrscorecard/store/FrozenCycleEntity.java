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
 * The snapshot of a closed cycle ({@code FrozenCycle}) without its objectives: the cycle, the day, the settings, the
 * perspectives and the status rule, as JSON. {@link #CYCLE_KEY} is unique, so of two nodes closing the same cycle at
 * once exactly one insert succeeds.
 */
@Preload
@Table(FrozenCycleEntity.TABLE)
public interface FrozenCycleEntity extends Entity {
    String TABLE = "FROZEN_CYCLE";
    String CYCLE_KEY = "CYCLE_KEY";
    String FROZEN_AT = "FROZEN_AT";
    String FROZEN_JSON = "FROZEN_JSON";

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    @Accessor(CYCLE_KEY)
    String getCycleKey();

    /** Epoch milliseconds. */
    @NotNull
    @Accessor(FROZEN_AT)
    long getFrozenAt();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    @Accessor(FROZEN_JSON)
    String getFrozenJson();
}
