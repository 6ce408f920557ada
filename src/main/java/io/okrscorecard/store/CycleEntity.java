package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An OKR cycle. Days are ISO-8601 text ({@code 2026-10-01}): no time zone can shift them, and they sort as text. */
@Preload
@Table(CycleEntity.TABLE)
public interface CycleEntity extends Entity {
    String TABLE = "OKR_CYCLE";
    String CYCLE_KEY = "CYCLE_KEY";
    String NAME = "NAME";
    String FIRST_DAY = "FIRST_DAY";
    String LAST_DAY = "LAST_DAY";

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    @Accessor(CYCLE_KEY)
    String getCycleKey();

    @NotNull
    @StringLength(255)
    @Accessor(NAME)
    String getName();

    @NotNull
    @StringLength(10)
    @Accessor(FIRST_DAY)
    String getFirstDay();

    @NotNull
    @StringLength(10)
    @Accessor(LAST_DAY)
    String getLastDay();
}
