package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.port.DirtyKeyResultJournal;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.SnapshotRepository.Subject;
import io.okrscorecard.core.port.SnapshotRepository.Subject.Kind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reconciliation that the scheduled job runs on one node of the cluster at a time: it recalculates the key
 * results the dirty journal lists (the recompute queue was full, or a recalculation failed), and once a day it
 * recalculates everything and records the day's snapshots.
 *
 * <p>"Once a day" is remembered cluster-wide by the snapshots themselves: the daily run is due when no cycle has a
 * SCORECARD snapshot for today (by the injected clock). Running it twice on one day only replaces that day's points.
 */
public final class ReconcilingProgress {
    private static final Logger LOG = LoggerFactory.getLogger(ReconcilingProgress.class);

    /** Journal rows taken per recalculation: keeps every IN list of the store at most 1,000 ids long. */
    static final int JOURNAL_BATCH = 1000;

    /** What the reconciliation is doing on this node. */
    public enum Phase {
        IDLE,
        DRAINING_JOURNAL,
        RECALCULATING_ALL
    }

    /**
     * The progress of the current or last run on this node, for the admin page.
     *
     * @param done journal rows or objectives handled so far in this phase
     * @param total journal rows or objectives to handle in this phase
     * @param startedAt start of the current or last run, {@code null} before the first
     * @param finishedAt end of the last run, {@code null} while one runs or before the first
     */
    public record Status(Phase phase, int done, int total, Instant startedAt, Instant finishedAt) {
        static final Status NEVER_RAN = new Status(Phase.IDLE, 0, 0, null, null);
    }

    /**
     * What one run did.
     *
     * @param skipped true when another run was still going on this node
     * @param journalRows journal rows drained
     * @param full the daily full recalculation, {@code null} when it was not due
     */
    public record Run(boolean skipped, int journalRows, RecalculatingProgress.FullOutcome full) {}

    private final RecalculatingProgress recalculating;
    private final DirtyKeyResultJournal journal;
    private final SnapshotRepository snapshots;
    private final ScorecardSettingsRepository settings;
    private final Clock clock;
    private final MeasuringKeyResults measuring;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Status status = Status.NEVER_RAN;

    public ReconcilingProgress(
            RecalculatingProgress recalculating,
            DirtyKeyResultJournal journal,
            SnapshotRepository snapshots,
            ScorecardSettingsRepository settings,
            Clock clock) {
        this(recalculating, journal, snapshots, settings, clock, null);
    }

    /**
     * @param measuring the key results measured from Jira, evaluated first in the daily run so that the full
     *     recalculation scores their new values; {@code null}: none
     */
    public ReconcilingProgress(
            RecalculatingProgress recalculating,
            DirtyKeyResultJournal journal,
            SnapshotRepository snapshots,
            ScorecardSettingsRepository settings,
            Clock clock,
            MeasuringKeyResults measuring) {
        this.recalculating = recalculating;
        this.journal = journal;
        this.snapshots = snapshots;
        this.settings = settings;
        this.clock = clock;
        this.measuring = measuring;
    }

    public Status status() {
        return status;
    }

    /** Drains the journal, then runs the daily full recalculation if today's has not run yet. */
    public Run reconcile() {
        if (!running.compareAndSet(false, true)) {
            return new Run(true, 0, null);
        }
        Instant startedAt = clock.instant();
        try {
            int drained = drainJournal(startedAt);
            RecalculatingProgress.FullOutcome full = null;
            if (dailyRunDue()) {
                measureFromJira();
                status = new Status(Phase.RECALCULATING_ALL, 0, 0, startedAt, null);
                full = recalculating.recalculateAll(
                        (done, total) -> status = new Status(Phase.RECALCULATING_ALL, done, total, startedAt, null));
                LOG.info(
                        "Daily recalculation of {}: {} cycles, {} objectives, {} key results, {} rows; failed cycles: {}",
                        full.day(),
                        full.cycles(),
                        full.objectives(),
                        full.keyResults(),
                        full.rowsSaved(),
                        full.failedCycles());
            }
            return new Run(false, drained, full);
        } finally {
            Status last = status;
            status = new Status(Phase.IDLE, last.done(), last.total(), startedAt, clock.instant());
            running.set(false);
        }
    }

    /** The day's Jira measures; a failure is logged and the full recalculation still runs. */
    private void measureFromJira() {
        if (measuring == null) {
            return;
        }
        try {
            MeasuringKeyResults.Summary summary = measuring.measureAll(false);
            LOG.info(
                    "Measured key results from Jira: {} measured, {} without a value, {} failed, {} left alone",
                    summary.measured(),
                    summary.undefined(),
                    summary.failed(),
                    summary.skipped());
        } catch (RuntimeException e) {
            LOG.error("The daily measures from Jira failed; the recalculation goes on", e);
        }
    }

    /**
     * Recalculates the journalled key results batch by batch, removing each batch's rows afterwards. It handles at
     * most the rows present when it starts and stops at the first failed batch (whose key results the recalculation
     * marked again), so a recalculation that keeps failing never keeps the job busy.
     */
    private int drainJournal(Instant startedAt) {
        int budget = journal.size();
        int done = 0;
        status = new Status(Phase.DRAINING_JOURNAL, 0, budget, startedAt, null);
        while (done < budget) {
            List<DirtyKeyResultJournal.Entry> entries = journal.oldest(Math.min(JOURNAL_BATCH, budget - done));
            if (entries.isEmpty()) {
                break;
            }
            Set<KeyResultId> ids = new TreeSet<>();
            for (DirtyKeyResultJournal.Entry entry : entries) {
                ids.add(entry.keyResult());
            }
            RecalculatingProgress.Outcome outcome = recalculating.recalculate(ids);
            journal.remove(entries);
            done += entries.size();
            status = new Status(Phase.DRAINING_JOURNAL, done, budget, startedAt, null);
            if (!outcome.succeeded()) {
                LOG.warn("Stopped draining the dirty key result journal after a failed batch; the next run goes on");
                break;
            }
        }
        return done;
    }

    /**
     * Due when no open cycle has a SCORECARD snapshot for today; never due without open cycles (nothing to recalculate:
     * closed cycles are frozen).
     */
    boolean dailyRunDue() {
        LocalDate today = LocalDate.now(clock);
        List<Subject> subjects = new ArrayList<>();
        Set<CycleId> closed = settings.closedCycles();
        for (Cycle cycle : settings.cycles()) {
            if (closed.contains(cycle.id())) {
                continue;
            }
            subjects.add(new Subject(cycle.id(), Kind.SCORECARD, cycle.id().value()));
        }
        if (subjects.isEmpty()) {
            return false;
        }
        return snapshots.trends(subjects, today, today).values().stream().allMatch(List::isEmpty);
    }
}
