package io.okrscorecard.jira;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the app's jobs in atlassian-scheduler: run on one node of the cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER})
 * every {@code interval}. Every node registers the runner when the app starts, so whichever node the scheduler picks
 * can run it, and unregisters it when the app stops. The schedule itself is cluster-wide and kept when one node stops;
 * scheduling the same job id again replaces it, so every start may schedule it.
 *
 * @param runnerKey and {@code jobId}: names that live as long as the app (the scheduler stores them in Jira's
 *     database)
 * @param firstRun how long after a start the first run comes
 * @param unscheduled what is lost while the job cannot be scheduled, for the log
 */
public record ClusterJob(String runnerKey, String jobId, Duration interval, Duration firstRun, String unscheduled) {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterJob.class);

    /** Registers the runner on this node and (re)schedules the cluster-wide job. */
    public void start(SchedulerService scheduler, JobRunner runner, Clock clock) {
        JobRunnerKey key = JobRunnerKey.of(runnerKey);
        scheduler.registerJobRunner(key, runner);
        JobConfig config = JobConfig.forJobRunnerKey(key)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(
                        Schedule.forInterval(interval.toMillis(), new Date(clock.millis() + firstRun.toMillis())));
        try {
            scheduler.scheduleJob(JobId.of(jobId), config);
        } catch (SchedulerServiceException e) {
            LOG.error("Could not schedule the OKR Scorecard job {}; {}", jobId, unscheduled, e);
        }
    }

    /** Unregisters the runner on this node; the job stays scheduled for the other nodes. */
    public void stop(SchedulerService scheduler) {
        scheduler.unregisterJobRunner(JobRunnerKey.of(runnerKey));
    }
}
