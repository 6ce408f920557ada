package io.okrscorecard.app;

import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.NotificationPreferences;

/**
 * A logged-in user reads and changes their own choice of the app's mail, and nobody else's: the user is the viewer of
 * the request, never a parameter, so a link to the page carries nothing that grants anything.
 */
public final class ChoosingNotifications {

    private final AccessControl access;
    private final NotificationPreferences preferences;

    public ChoosingNotifications(AccessControl access, NotificationPreferences preferences) {
        this.access = access;
        this.preferences = preferences;
    }

    /** Whether the viewer's check-in reminders go out. */
    public boolean remindersOn() {
        Viewer viewer = Viewers.require(access);
        return preferences.remindersOn(viewer.userKey());
    }

    public boolean chooseReminders(boolean on) {
        Viewer viewer = Viewers.require(access);
        preferences.setRemindersOn(viewer.userKey(), on);
        return on;
    }
}
