package io.okrscorecard.rest;

import io.okrscorecard.app.NotificationsRun;
import io.okrscorecard.app.ReminderRun;
import io.okrscorecard.app.SendingDigests;
import io.okrscorecard.core.ValidationException;

/** The JSON of the app's mail: a user's own choice, the admin's mail status and what a run sent. */
final class NotificationsDto {

    private NotificationsDto() {}

    /** {@code GET/PUT /me/notifications}: whether the caller's check-in reminders go out. */
    public record Choice(Boolean reminders) {
        /** The choice sent, required: true or false. */
        boolean remindersOn() {
            return ValidationException.requireValue(reminders, "notifications.reminders");
        }
    }

    /** {@code GET /admin/notifications}: whether Jira's outgoing mail takes mail now. */
    public record Status(boolean mailAvailable) {}

    /** What one run of the reminders did ({@link ReminderRun}). */
    public record Reminders(int sent, int alreadySent, int turnedOff, int unreachable, boolean complete) {}

    /**
     * What one run of the weekly digests did ({@link SendingDigests.Report}): digests handed to the outgoing mail,
     * subscribers Jira no longer knows, digests that failed (each tried again by a later run).
     */
    public record Digests(int sent, int unknownSubscribers, int failed) {}

    /** {@code POST /admin/notifications/run}: what the run sent; nothing when mail was not available. */
    public record Run(boolean mailAvailable, Reminders reminders, Digests digests) {
        static Run of(NotificationsRun run) {
            ReminderRun reminders = run.reminders();
            SendingDigests.Report digests = run.digests();
            return new Run(
                    reminders.mailAvailable() && !digests.mailUnavailable(),
                    new Reminders(
                            reminders.sent(),
                            reminders.alreadySent(),
                            reminders.turnedOff(),
                            reminders.unreachable(),
                            reminders.complete()),
                    new Digests(
                            digests.sent().size(),
                            digests.unknownSubscribers().size(),
                            digests.failed().size()));
        }
    }

    /** What a client sends to start a run: an empty object (the JSON body keeps the request XSRF-safe). */
    public record RunRequest() {}
}
