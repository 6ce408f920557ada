package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The id of the Jira object (issue type, custom field, link type) that plays one role for the app. */
@Preload
@Table(HostObjectEntity.TABLE)
public interface HostObjectEntity extends Entity {
    String TABLE = "HOST_OBJECT";
    String OBJECT_ROLE = "OBJECT_ROLE";
    String JIRA_ID = "JIRA_ID";

    /** A {@code core.settings.HostObject} name. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    @Accessor(OBJECT_ROLE)
    String getObjectRole();

    @NotNull
    @StringLength(255)
    @Accessor(JIRA_ID)
    String getJiraId();
}
