package io.okrscorecard.app;

import io.okrscorecard.core.port.OutgoingMail;
import java.time.Clock;

/**
 * The app's mail, sent by the hourly job and by an administrator's "send now": the check-in reminders of the day and
 * the weekly digests whose hour has come. Each mail goes out at most once per day whoever runs it
 * ({@link SendingCheckInReminders}, {@link SendingDigests}), so running it again, or on two nodes, sends only what is
 * still due.
 */
public final class SendingNotifications {

    private final Administrators administrators;
    private final SendingCheckInReminders reminders;
    private final SendingDigests digests;
    private final OutgoingMail mail;
    private final Clock clock;

    public SendingNotifications(
            Administrators administrators,
            SendingCheckInReminders reminders,
            SendingDigests digests,
            OutgoingMail mail,
            Clock clock) {
        this.administrators = administrators;
        this.reminders = reminders;
        this.digests = digests;
        this.mail = mail;
        this.clock = clock;
    }

    /** The scheduled run: no user, no permission check. */
    public NotificationsRun run() {
        ReminderRun sentReminders = reminders.send();
        return new NotificationsRun(sentReminders, digests.sendDue(clock.instant()));
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
