package io.okrscorecard.app;

import io.okrscorecard.core.port.OutgoingMail;

/**
 * The app's mail, sent by the hourly job and by an administrator's "send now": the check-in reminders of the day. Each
 * mail goes out at most once per day whoever runs it ({@link SendingCheckInReminders}), so running it again, or on
 * two nodes, sends only what is still due.
 */
public final class SendingNotifications {

    private final Administrators administrators;
    private final SendingCheckInReminders reminders;
    private final OutgoingMail mail;

    public SendingNotifications(Administrators administrators, SendingCheckInReminders reminders, OutgoingMail mail) {
        this.administrators = administrators;
        this.reminders = reminders;
        this.mail = mail;
    }

    /** The scheduled run: no user, no permission check. */
    public NotificationsRun run() {
        return new NotificationsRun(reminders.send());
    }

    /** "Send now" on the admin page: Jira administrators only. */
    public NotificationsRun runAsAdministrator() {
        administrators.require();
        return run();
    }

    /** Whether Jira's outgoing mail takes mail now (an SMTP server is configured, sending is on); administrators only. */
    public boolean mailAvailable() {
        administrators.require();
        return mail.available();
    }
}
