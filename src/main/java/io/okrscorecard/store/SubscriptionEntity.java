package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One weekly digest subscription: who, which scope of the running cycle, and when. */
@Preload
@Table(SubscriptionEntity.TABLE)
public interface SubscriptionEntity extends Entity {
    String TABLE = "DIGEST_SUBSCRIPTION";
    String SUBSCRIBER_KEY = "SUBSCRIBER_KEY";
    String PROJECT_KEYS = "PROJECT_KEYS";
    String FILTER_ID = "FILTER_ID";
    String PERSPECTIVE_KEYS = "PERSPECTIVE_KEYS";
    String WEEKDAY = "WEEKDAY";
    String SEND_HOUR = "SEND_HOUR";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    @StringLength(255)
    @Accessor(SUBSCRIBER_KEY)
    String getSubscriberKey();

    /** Project keys separated by commas; NULL for every project. Up to 100 keys, so unlimited text. */
    @StringLength(StringLength.UNLIMITED)
    @Accessor(PROJECT_KEYS)
    String getProjectKeys();

    /** The saved filter's id; NULL for a scope of projects. */
    @Accessor(FILTER_ID)
    Long getFilterId();

    /** Perspective keys separated by commas; NULL for every perspective. */
    @StringLength(StringLength.UNLIMITED)
    @Accessor(PERSPECTIVE_KEYS)
    String getPerspectiveKeys();

    /** ISO day of the week: 1 is Monday, 7 Sunday. */
    @NotNull
    @Accessor(WEEKDAY)
    int getWeekday();

    /** 0 to 23, in Jira's default time zone. */
    @NotNull
    @Accessor(SEND_HOUR)
    int getSendHour();

    /** Milliseconds since the epoch. */
    @NotNull
    @Accessor(CREATED_AT)
    long getCreatedAt();
}
