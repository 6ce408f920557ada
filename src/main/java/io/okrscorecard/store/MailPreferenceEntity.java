package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A user's choice about the app's mail; a user without a row gets every mail. {@link #USER_KEY} is unique. */
@Preload
@Table(MailPreferenceEntity.TABLE)
public interface MailPreferenceEntity extends Entity {
    String TABLE = "MAIL_PREFERENCE";
    String USER_KEY = "USER_KEY";
    String REMINDERS_OFF = "REMINDERS_OFF";
    int USER_KEY_LENGTH = 255;

    @NotNull
    @Unique
    @StringLength(USER_KEY_LENGTH)
    @Accessor(USER_KEY)
    String getUserKey();

    @NotNull
    @Accessor(REMINDERS_OFF)
    boolean isRemindersOff();
}
