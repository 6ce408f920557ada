package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jira administrator starts a full recalculation of every cycle ({@link RecalculatingProgress#recalculateAll}) in
 * the background and follows its progress. One runs at a time: starting while one is queued or running returns that
 * one.
 *
 * <p>The jobs live in this node's memory, on one background thread owned by this use case: ask the node that started a
 * job for its progress (on a cluster, the admin page's requests go to that node as long as the load balancer keeps the
 * session there). A restart forgets them. The nightly reconciliation job is the cluster-wide recalculation; this one
 * only saves the admin from waiting for it. The last {@value #KEPT_JOBS} jobs are kept.
 */
public final class RunningRecalculation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningRecalculation.class);

    static final int KEPT_JOBS = 10;

    /** Where a job is. */
    public enum Phase {
        /** Accepted, waiting for the background thread. */
        QUEUED,
        RUNNING,
        /** Done; some cycles may have failed (listed in the failures). */
        FINISHED,
        /** Stopped before it could recalculate anything. */
        FAILED
    }

    /**
     * Something a job could not do; details are in the Jira log.
     *
     * @param cycle the cycle that could not be recalculated, {@code null} when the whole run failed
     * @param messageKey i18n key of the text the admin page shows
     */
    public record Failure(String cycle, String messageKey) {
        static Failure ofCycle(CycleId cycle) {
            return new Failure(cycle.value(), "okr.recalculate.failure.cycle");
        }

        static final Failure RUN = new Failure(null, "okr.recalculate.failure.run");
    }

    /**
     * A job as it is now.
     *
     * @param done objectives recalculated so far
     * @param total objectives to recalculate, 0 until the job has read them
     * @param startedAt when it began running, {@code null} while queued
     * @param finishedAt when it finished or failed, {@code null} before
     */
    public record Job(
            String id,
            Phase phase,
            int done,
            int total,
            Instant startedAt,
            Instant finishedAt,
            List<Failure> failures) {
        public Job {
            failures = List.copyOf(failures);
        }

        boolean active() {
            return phase == Phase.QUEUED || phase == Phase.RUNNING;
        }
    }

    private final Administrators administrators;
    private final RecalculatingProgress recalculating;
    private final Clock clock;
    private final Executor executor;
    /** The executor this use case created and must stop, {@code null} when it was given one. */
    private final ExecutorService owned;

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    /** For the plugin: runs the jobs on its own single daemon thread, stopped by {@link #close()}. */
    public RunningRecalculation(Administrators administrators, RecalculatingProgress recalculating, Clock clock) {
        this(
                administrators,
                recalculating,
                clock,
                Executors.newSingleThreadExecutor(RunningRecalculation::thread),
                true);
    }

    /** Runs the jobs on this executor, which must run one task at a time (tests pass one they drive by hand). */
    public RunningRecalculation(
            Administrators administrators, RecalculatingProgress recalculating, Clock clock, Executor executor) {
        this(administrators, recalculating, clock, executor, false);
    }

    private RunningRecalculation(
            Administrators administrators,
            RecalculatingProgress recalculating,
            Clock clock,
            Executor executor,
            boolean ownsExecutor) {
        this.administrators = administrators;
        this.recalculating = recalculating;
        this.clock = clock;
        this.executor = executor;
        this.owned = ownsExecutor ? (ExecutorService) executor : null;
    }

    /** Queues a full recalculation, or returns the one already queued or running (same id). */
    public Job start() {
        administrators.require();
        Job job;
        synchronized (jobs) {
            for (Job existing : jobs.values()) {
                if (existing.active()) {
                    return existing;
                }
            }
            job = new Job(UUID.randomUUID().toString(), Phase.QUEUED, 0, 0, null, null, List.of());
            remember(job);
        }
        String id = job.id();
        try {
            executor.execute(() -> run(id));
        } catch (RejectedExecutionException e) {
            LOG.warn("Could not start a full recalculation: the app is stopping on this node");
            update(new Job(id, Phase.FAILED, 0, 0, null, clock.instant(), List.of(Failure.RUN)));
        }
        return current(id);
    }

    /** A job started on this node; an unknown or malformed id is not found. */
    public Job job(String id) {
        administrators.require();
        Job job = id == null ? null : current(id);
        if (job == null) {
            throw new NotFoundException("no such recalculation was started on this node");
        }
        return job;
    }

    private void run(String id) {
        Instant startedAt = clock.instant();
        update(new Job(id, Phase.RUNNING, 0, 0, startedAt, null, List.of()));
        try {
            RecalculatingProgress.FullOutcome outcome = recalculating.recalculateAll(
                    (done, total) -> update(new Job(id, Phase.RUNNING, done, total, startedAt, null, List.of())));
            List<Failure> failures = new ArrayList<>();
            outcome.failedCycles().forEach(cycle -> failures.add(Failure.ofCycle(cycle)));
            Job last = current(id);
            update(new Job(id, Phase.FINISHED, last.done(), last.total(), startedAt, clock.instant(), failures));
            LOG.info(
                    "Full recalculation {} started by an administrator: {} objectives; failed cycles: {}",
                    id,
                    outcome.objectives(),
                    outcome.failedCycles());
        } catch (RuntimeException e) {
            LOG.error("Full recalculation {} failed", id, e);
            Job last = current(id);
            update(new Job(
                    id, Phase.FAILED, last.done(), last.total(), startedAt, clock.instant(), List.of(Failure.RUN)));
        }
    }

    /** The job as it is now, {@code null} when unknown; no admin check (the background thread calls it too). */
    private Job current(String id) {
        synchronized (jobs) {
            return jobs.get(id);
        }
    }

    private void update(Job job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
    }

    /** Adds a job, forgetting the oldest finished ones beyond {@link #KEPT_JOBS}. */
    private void remember(Job job) {
        jobs.put(job.id(), job);
        Iterator<Job> oldestFirst = jobs.values().iterator();
        while (jobs.size() > KEPT_JOBS && oldestFirst.hasNext()) {
            if (!oldestFirst.next().active()) {
                oldestFirst.remove();
            }
        }
    }

    /** Stops the background thread this use case owns (the plugin is disabled); a running job is interrupted. */
    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(task, "okr-scorecard-recalculation");
        thread.setDaemon(true);
        return thread;
    }
}
