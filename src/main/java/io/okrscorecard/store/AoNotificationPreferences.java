package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.NotificationPreferences;
import java.util.Map;
import net.java.ao.Query;

/** Users' mail choices in the MAIL_PREFERENCE table: one row per user who turned their reminders off. */
public final class AoNotificationPreferences implements NotificationPreferences {

    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;

    public AoNotificationPreferences(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this.ao = ao;
        this.transactions = transactions;
    }

    @Override
    public boolean remindersOn(String userKey) {
        for (MailPreferenceEntity row : rowsOf(userKey)) {
            if (row.isRemindersOff()) {
                return false;
            }
        }
        return true;
    }

    /** Replaces the user's row: deleted when reminders are on (the default), else one row saying they are off. */
    @Override
    public void setRemindersOn(String userKey, boolean on) {
        String key = Columns.text(
                ValidationException.requireText(userKey, "user"), MailPreferenceEntity.USER_KEY_LENGTH, "user");
        Retrying.write(transactions, ATTEMPTS, "MAIL_PREFERENCE " + key, () -> {
            ao.delete(rowsOf(key));
            if (!on) {
                ao.create(
                        MailPreferenceEntity.class,
                        Map.of(MailPreferenceEntity.USER_KEY, key, MailPreferenceEntity.REMINDERS_OFF, true));
            }
            return null;
        });
    }

    private MailPreferenceEntity[] rowsOf(String userKey) {
        return ao.find(
                MailPreferenceEntity.class, Query.select().where(MailPreferenceEntity.USER_KEY + " = ?", userKey));
    }
}
