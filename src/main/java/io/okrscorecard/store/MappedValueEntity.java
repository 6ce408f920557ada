package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One value of the perspective mapping: an option, label or component name and the perspective it stands for. The
 * mapping's source and field are app settings ({@link SettingEntity}).
 */
@Preload
@Table(MappedValueEntity.TABLE)
public interface MappedValueEntity extends Entity {
    String TABLE = "MAPPED_VALUE";
    String SOURCE_VALUE = "SOURCE_VALUE";
    String PERSPECTIVE_KEY = "PERSPECTIVE_KEY";

    /** Not indexed: the mapping is always read whole, and 255 characters exceed some databases' index key size. */
    @NotNull
    @StringLength(255)
    @Accessor(SOURCE_VALUE)
    String getSourceValue();

    @NotNull
    @StringLength(32)
    @Accessor(PERSPECTIVE_KEY)
    String getPerspectiveKey();
}
