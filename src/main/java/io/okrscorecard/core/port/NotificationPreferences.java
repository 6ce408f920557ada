package io.okrscorecard.core.port;

/**
 * Each user's own choice about the app's mail, shared by the cluster: whether their check-in reminders go out. A user
 * who never chose gets them.
 */
public interface NotificationPreferences {

    boolean remindersOn(String userKey);

    void setRemindersOn(String userKey, boolean on);
}
