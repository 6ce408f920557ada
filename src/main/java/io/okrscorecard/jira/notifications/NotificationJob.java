package io.okrscorecard.jira.notifications;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.okrscorecard.app.NotificationsRun;
import io.okrscorecard.app.ReminderRun;
import io.okrscorecard.app.SendingDigests;
import io.okrscorecard.app.SendingNotifications;
import io.okrscorecard.jira.ClusterJob;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notification job: every hour, on one node of the cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}), it sends the
 * app's mail that is due ({@link SendingNotifications}). A day's reminders go out on the first run that can send; the
 * ledger of sent mail makes every later run of the day, on any node, skip them. Registered and scheduled like the
 * reconciliation job.
 */
public final class NotificationJob implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationJob.class);

    /** Names that live as long as the app: the scheduler stores them in Jira's database. */
    static final String RUNNER_KEY = "io.okrscorecard.notifications";

    static final String JOB_ID = "io.okrscorecard.notifications.job";

    static final Duration INTERVAL = Duration.ofHours(1);
    /** The first run after a start: soon, so that a day's reminders do not wait an hour for a restarted instance. */
    static final Duration FIRST_RUN = Duration.ofMinutes(2);

    private static final ClusterJob SCHEDULE =
            new ClusterJob(RUNNER_KEY, JOB_ID, INTERVAL, FIRST_RUN, "no reminders or digests are sent");

    private final SchedulerService scheduler;
    private final SendingNotifications notifications;
    private final Clock clock;

    public NotificationJob(SchedulerService scheduler, SendingNotifications notifications, Clock clock) {
        this.scheduler = scheduler;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Registers the runner on this node and (re)schedules the cluster-wide job. */
    public void start() {
        SCHEDULE.start(scheduler, this, clock);
    }

    /** Unregisters the runner on this node; the job stays scheduled for the other nodes. */
    public void stop() {
        SCHEDULE.stop(scheduler);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            NotificationsRun run = notifications.run();
            ReminderRun reminders = run.reminders();
            SendingDigests.Report digests = run.digests();
            if (!reminders.mailAvailable() || digests.mailUnavailable()) {
                return JobRunnerResponse.aborted("Jira's outgoing mail is not available; reminders and digests wait");
            }
            return JobRunnerResponse.success(reminders.sent() + " reminders sent, " + reminders.alreadySent()
                    + " sent before, " + reminders.turnedOff() + " turned off, " + reminders.unreachable()
                    + " without an address" + (reminders.complete() ? "" : "; stopped early, the next run goes on")
                    + "; " + digests.sent().size() + " digests sent, "
                    + digests.failed().size() + " failed, "
                    + digests.unknownSubscribers().size() + " skipped (subscriber unknown to Jira)");
        } catch (RuntimeException e) {
            LOG.error("OKR Scorecard notifications failed", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
