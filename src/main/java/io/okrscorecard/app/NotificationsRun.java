package io.okrscorecard.app;

/** What one run of the app's notifications sent: the check-in reminders of the day. */
public record NotificationsRun(ReminderRun reminders) {}
