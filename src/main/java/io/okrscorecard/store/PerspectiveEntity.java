package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One Balanced Scorecard perspective as the admin configured it. */
@Preload
@Table(PerspectiveEntity.TABLE)
public interface PerspectiveEntity extends Entity {
    String TABLE = "PERSPECTIVE";
    String PERSPECTIVE_KEY = "PERSPECTIVE_KEY";
    String NAME = "NAME";
    String DISPLAY_ORDER = "DISPLAY_ORDER";
    String COLOUR = "COLOUR";
    String WEIGHT = "WEIGHT";
    String GREEN_FROM = "GREEN_FROM";
    String AMBER_FROM = "AMBER_FROM";

    @NotNull
    @Indexed
    @StringLength(32)
    @Accessor(PERSPECTIVE_KEY)
    String getPerspectiveKey();

    @NotNull
    @StringLength(80)
    @Accessor(NAME)
    String getName();

    @NotNull
    @Accessor(DISPLAY_ORDER)
    int getDisplayOrder();

    @NotNull
    @StringLength(7)
    @Accessor(COLOUR)
    String getColour();

    @NotNull
    @Accessor(WEIGHT)
    double getWeight();

    @NotNull
    @Accessor(GREEN_FROM)
    double getGreenFrom();

    @NotNull
    @Accessor(AMBER_FROM)
    double getAmberFrom();
}
