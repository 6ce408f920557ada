package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One named app setting as text; {@link AppSettingsMapper} gives the rows their types. */
@Preload
@Table(SettingEntity.TABLE)
public interface SettingEntity extends Entity {
    String TABLE = "SETTING";
    String SETTING_NAME = "SETTING_NAME";
    String SETTING_TEXT = "SETTING_TEXT";

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    @Accessor(SETTING_NAME)
    String getSettingName();

    /** Unlimited (a CLOB on some databases): a list of resolution names has no fixed length. Never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    @Accessor(SETTING_TEXT)
    String getSettingText();
}
