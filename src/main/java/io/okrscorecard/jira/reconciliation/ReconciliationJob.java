package io.okrscorecard.jira.reconciliation;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.okrscorecard.app.ReconcilingProgress;
import io.okrscorecard.jira.ClusterJob;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reconciliation job: every 5 minutes, on one node of the cluster ({@link RunMode#RUN_ONCE_PER_CLUSTER}), it
 * drains the dirty key result journal and, once a day, recalculates everything ({@link ReconcilingProgress}).
 *
 * <p>Every node registers the runner when the app starts, so whichever node the scheduler picks can run it, and
 * unregisters it when the app stops. The schedule itself is cluster-wide and kept when one node stops; scheduling the
 * same job id again replaces it, so every start may schedule it.
 */
public final class ReconciliationJob implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationJob.class);

    /** Names that live as long as the app: the scheduler stores them in Jira's database. */
    static final String RUNNER_KEY = "io.okrscorecard.reconciliation";

    static final String JOB_ID = "io.okrscorecard.reconciliation.job";

    static final Duration INTERVAL = Duration.ofMinutes(5);

    private static final ClusterJob SCHEDULE =
            new ClusterJob(RUNNER_KEY, JOB_ID, INTERVAL, INTERVAL, "progress is only kept by events");

    private final SchedulerService scheduler;
    private final ReconcilingProgress reconciling;
    private final Clock clock;

    public ReconciliationJob(SchedulerService scheduler, ReconcilingProgress reconciling, Clock clock) {
        this.scheduler = scheduler;
        this.reconciling = reconciling;
        this.clock = clock;
    }

    /** Registers the runner on this node and (re)schedules the cluster-wide job; the first run is one interval away. */
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
            ReconcilingProgress.Run run = reconciling.reconcile();
            if (run.skipped()) {
                return JobRunnerResponse.aborted("a reconciliation is still running on this node");
            }
            String daily = run.full() == null
                    ? "daily recalculation not due"
                    : "daily recalculation of " + run.full().objectives() + " objectives, failed cycles "
                            + run.full().failedCycles();
            return JobRunnerResponse.success(run.journalRows() + " journal rows reconciled; " + daily);
        } catch (RuntimeException e) {
            LOG.error("OKR Scorecard reconciliation failed", e);
            return JobRunnerResponse.failed(e);
        }
    }

    /** Progress of the current or last run on this node, for the admin page. */
    public ReconcilingProgress.Status status() {
        return reconciling.status();
    }
}
