package io.okrscorecard.app;

/** What one run of the app's notifications sent: the check-in reminders of the day and the weekly digests due. */
public record NotificationsRun(ReminderRun reminders, SendingDigests.Report digests) {}
