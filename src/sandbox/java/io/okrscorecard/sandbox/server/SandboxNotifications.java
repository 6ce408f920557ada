package io.okrscorecard.sandbox.server;

import io.okrscorecard.app.Administrators;
import io.okrscorecard.app.ComposingDigest;
import io.okrscorecard.app.ReadingScorecard;
import io.okrscorecard.app.ScorecardPdf;
import io.okrscorecard.app.SendingCheckInReminders;
import io.okrscorecard.app.SendingDigests;
import io.okrscorecard.app.SendingNotifications;
import io.okrscorecard.core.port.NotificationPreferences;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.OutgoingMail;
import io.okrscorecard.core.port.Recipients;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SentMailLedger;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.SubscriptionRepository;
import io.okrscorecard.mail.TemplateReminderMails;
import io.okrscorecard.mail.VelocityDigestMails;
import io.okrscorecard.sandbox.web.JiraStandIns;
import io.okrscorecard.sandbox.web.PluginTexts;
import io.okrscorecard.sandbox.web.VelocityTemplateRenderer;
import java.time.Clock;

/**
 * The app's mail in the sandbox, wired as plugin-context.xml wires it in Jira but through the sandbox's own SMTP
 * server: the day's check-in reminders and the weekly digests with their PDF report, to the personas and the export's
 * users at example.com addresses ({@link SandboxRecipients}), with links under the sandbox's address.
 *
 * @param report the PDF report the digests attach
 * @param origin the sandbox's address, which the mail's links use as Jira's base URL
 */
record SandboxNotifications(
        Administrators administrators,
        ScorecardSettingsRepository settings,
        ObjectiveSource objectives,
        ReadingScorecard scorecards,
        SnapshotRepository snapshots,
        SubscriptionRepository subscriptions,
        Recipients recipients,
        NotificationPreferences preferences,
        SentMailLedger sentMail,
        OutgoingMail outgoing,
        ScorecardPdf report,
        PluginTexts texts,
        String origin,
        Clock clock) {

    SendingNotifications sending() {
        SendingCheckInReminders reminders = new SendingCheckInReminders(
                settings,
                objectives,
                recipients,
                preferences,
                sentMail,
                outgoing,
                new TemplateReminderMails(
                        new VelocityTemplateRenderer(),
                        JiraStandIns.i18n(texts),
                        JiraStandIns.applicationProperties(origin)),
                clock);
        SendingDigests digests = new SendingDigests(
                subscriptions,
                new ComposingDigest(scorecards, snapshots, clock),
                new VelocityDigestMails(
                        new VelocityTemplateRenderer(),
                        JiraStandIns.i18n(texts),
                        JiraStandIns.applicationProperties(origin)),
                report,
                recipients,
                sentMail,
                outgoing,
                clock);
        return new SendingNotifications(administrators, reminders, digests, outgoing, clock);
    }
}
