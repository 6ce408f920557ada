package io.okrscorecard.app;

import io.okrscorecard.app.ProgressRows.Group;
import io.okrscorecard.app.ProgressRows.Saved;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.DirtyKeyResultJournal;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.port.WorkSetIndex;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.work.WorkGraph;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the materialised progress of key results and their objectives up to date with Jira by recomputing them from a
 * fresh read: some key results after a check-in, a failed incremental apply or for the reconciliation's dirty journal
 * ({@link #recalculate}), or every cycle with the day's snapshots ({@link #recalculateAll}: the nightly
 * reconciliation and the admin's "Recalculate now"). Issue events are applied incrementally by
 * {@link ApplyingIssueChanges}; explanations are scored without storing anything by {@link ScoringAfresh}.
 *
 * <p>Every write is conditional (ADR 0007): the versions of the rows are observed <em>before</em> the data is read,
 * and the rows are stored only if nobody stored a newer version in between; otherwise the recalculation reads and
 * computes again. So a result computed from data older than a stored row never replaces it, on one node or across
 * the cluster. Only the writes of one recalculation share a transaction.
 *
 * <p>After it stored an objective's rows, this node keeps the objective's expanded work state in a bounded
 * {@link WorkStateCache}, tagged with the stored versions, for {@link ApplyingIssueChanges} to patch.
 */
public final class RecalculatingProgress {
    private static final Logger LOG = LoggerFactory.getLogger(RecalculatingProgress.class);

    /** Full recalculations of key results whose rows another writer overtook, before they are journalled instead. */
    static final int ATTEMPTS = 3;

    /** Told how far a full recalculation has come, e.g. to show a progress bar on the admin page. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (done, total) -> {};

        /** {@code done} of {@code total} objectives are recalculated; called with {@code done == 0} first. */
        void progressed(int done, int total);
    }

    /**
     * What an incremental recalculation did.
     *
     * @param rowsSaved key result and objective rows written
     * @param journalled true when it failed and the key results were marked dirty for the reconciliation job
     */
    public record Outcome(Set<KeyResultId> keyResults, int rowsSaved, boolean journalled) {
        public Outcome {
            keyResults = Set.copyOf(keyResults);
        }

        public boolean succeeded() {
            return !journalled;
        }
    }

    /**
     * What a full recalculation did.
     *
     * @param failedCycles cycles that could not be computed or saved (logged); the others were
     */
    public record FullOutcome(
            LocalDate day, int cycles, int objectives, int keyResults, int rowsSaved, List<CycleId> failedCycles) {
        public FullOutcome {
            failedCycles = List.copyOf(failedCycles);
        }
    }

    private final ObjectiveSource objectives;
    private final WorkItemSource work;
    private final ScorecardSettingsRepository settings;
    private final MaterialisedProgressRepository progress;
    private final SnapshotRepository snapshots;
    private final DirtyKeyResultJournal journal;
    private final Transactions transactions;
    private final Clock clock;
    private final WorkStateCache cache;
    private final KeptSettings keptSettings;
    private final ProgressRows progressRows;
    private final RecomputingKeyResults recomputing;

    public RecalculatingProgress(
            ObjectiveSource objectives,
            WorkItemSource work,
            ScorecardSettingsRepository settings,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            DirtyKeyResultJournal journal,
            Transactions transactions,
            Clock clock) {
        this(
                objectives,
                work,
                settings,
                progress,
                snapshots,
                journal,
                transactions,
                clock,
                WorkStateCache.withConfiguredBudget().itemBudget(),
                null);
    }

    /**
     * A node that keeps the work-set index ({@link WorkSetIndex}) with the progress rows: the app in Jira and the
     * sandbox. The constructors without one serve tests and benchmarks that never read the index.
     */
    public RecalculatingProgress(
            ObjectiveSource objectives,
            WorkItemSource work,
            ScorecardSettingsRepository settings,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            DirtyKeyResultJournal journal,
            Transactions transactions,
            Clock clock,
            WorkSetIndex index) {
        this(
                objectives,
                work,
                settings,
                progress,
                snapshots,
                journal,
                transactions,
                clock,
                WorkStateCache.withConfiguredBudget().itemBudget(),
                ValidationException.requireValue(index, "workSetIndex"));
    }

    /** @param cachedItems the budget of this node's {@link WorkStateCache} in work items; 0 keeps nothing */
    public RecalculatingProgress(
            ObjectiveSource objectives,
            WorkItemSource work,
            ScorecardSettingsRepository settings,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            DirtyKeyResultJournal journal,
            Transactions transactions,
            Clock clock,
            int cachedItems) {
        this(objectives, work, settings, progress, snapshots, journal, transactions, clock, cachedItems, null);
    }

    /**
     * @param cachedItems the budget of this node's {@link WorkStateCache} in work items; 0 keeps nothing
     * @param index the work-set index written with the progress rows, {@code null} for none
     */
    public RecalculatingProgress(
            ObjectiveSource objectives,
            WorkItemSource work,
            ScorecardSettingsRepository settings,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            DirtyKeyResultJournal journal,
            Transactions transactions,
            Clock clock,
            int cachedItems,
            WorkSetIndex index) {
        this.objectives = objectives;
        this.work = work;
        this.settings = settings;
        this.progress = progress;
        this.snapshots = snapshots;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
        this.cache = new WorkStateCache(cachedItems);
        this.keptSettings = new KeptSettings(settings);
        this.progressRows = new ProgressRows(progress, transactions, index);
        this.recomputing = new RecomputingKeyResults(objectives, work, keptSettings, progressRows, cache, clock);
    }

    /** This node's kept work states: filled here, patched by {@link ApplyingIssueChanges}. */
    WorkStateCache cache() {
        return cache;
    }

    ProgressRows progressRows() {
        return progressRows;
    }

    /**
     * Recomputes these key results, their sibling key results and their objectives from a fresh read of their work,
     * and stores their rows. A key result that measures no objective still gets its row, from its linked work. On any
     * failure (an unreachable database, a configuration problem, rows overtaken by other writers again and again) the
     * key results are marked dirty instead of being lost.
     */
    public Outcome recalculate(Collection<KeyResultId> keyResults) {
        Set<KeyResultId> requested = new TreeSet<>(ValidationException.requireValue(keyResults, "keyResults"));
        if (requested.isEmpty()) {
            return new Outcome(requested, 0, false);
        }
        return recalculateFully(requested);
    }

    private Outcome recalculateFully(Set<KeyResultId> requested) {
        int saved = 0;
        Set<KeyResultId> pending = requested;
        try {
            for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
                Saved written = recomputing.writeFresh(pending);
                saved += written.rows();
                pending = written.overtakenKeyResults();
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Recalculating {} key results failed ({}); marked dirty for the reconciliation job",
                    requested.size(),
                    e.toString());
            LOG.debug("Recalculation failure", e);
            journal.mark(requested);
            return new Outcome(requested, saved, true);
        }
        if (!pending.isEmpty()) {
            LOG.warn(
                    "{} key results were written by other writers during each of {} recalculations; marked dirty",
                    pending.size(),
                    ATTEMPTS);
            journal.mark(pending);
            return new Outcome(requested, saved, true);
        }
        return new Outcome(requested, saved, false);
    }

    /**
     * Recomputes every objective and key result of every cycle not closed, stores all rows and records today's snapshots. A
     * cycle that fails is logged and reported; the others are still recalculated. Rows that another writer stored
     * while a cycle was computed are left to that writer's newer data, and their key results are recalculated again
     * right after the cycle.
     */
    public FullOutcome recalculateAll(ProgressListener listener) {
        ProgressListener progressListener = listener == null ? ProgressListener.NONE : listener;
        LocalDate today = LocalDate.now(clock);
        KeptSettings.Snapshot current = keptSettings.now();
        List<Cycle> cycles = List.copyOf(current.openCycles().values());
        Map<Cycle, List<Objective>> objectivesByCycle = new LinkedHashMap<>();
        List<CycleId> failed = new ArrayList<>();
        int total = 0;
        for (Cycle cycle : cycles) {
            try {
                List<Objective> inCycle = objectives.objectivesIn(cycle.id());
                objectivesByCycle.put(cycle, inCycle);
                total += inCycle.size();
            } catch (RuntimeException e) {
                LOG.warn("Reading the objectives of cycle {} failed: {}", cycle.id(), e.toString());
                LOG.debug("Reading failure", e);
                failed.add(cycle.id());
            }
        }
        progressListener.progressed(0, total);
        int done = 0;
        int keyResultCount = 0;
        int saved = 0;
        for (Map.Entry<Cycle, List<Objective>> entry : objectivesByCycle.entrySet()) {
            Cycle cycle = entry.getKey();
            try {
                Saved cycleSaved = recalculateCycle(cycle, entry.getValue(), current, today);
                saved += cycleSaved.rows();
                keyResultCount += entry.getValue().stream()
                        .mapToInt(o -> o.keyResults().size())
                        .sum();
                Set<KeyResultId> overtaken = cycleSaved.overtakenKeyResults();
                if (!overtaken.isEmpty()) {
                    saved += recalculate(overtaken).rowsSaved();
                }
            } catch (RuntimeException e) {
                LOG.warn("Recalculating cycle {} failed: {}", cycle.id(), e.toString());
                LOG.debug("Recalculation failure", e);
                failed.add(cycle.id());
            }
            done += entry.getValue().size();
            progressListener.progressed(done, total);
        }
        return new FullOutcome(today, cycles.size(), total, keyResultCount, saved, failed);
    }

    /**
     * One cycle: observes the versions of its rows, reads its objectives again (so that no definition read before the
     * observation is stored) and their work, and stores the rows of every objective nobody wrote meanwhile together
     * with the day's snapshots.
     */
    private Saved recalculateCycle(
            Cycle cycle, List<Objective> firstRead, KeptSettings.Snapshot current, LocalDate today) {
        Instant computedAt = clock.instant();
        Map<ProgressSubject, Long> observed =
                progressRows.versionsOf(ProgressSubject.ofObjectivesAndKeyResults(firstRead));
        List<Objective> inCycle = objectives.objectivesIn(cycle.id());
        List<ProgressSubject> more = ProgressSubject.ofObjectivesAndKeyResults(inCycle);
        more.removeIf(observed::containsKey);
        observed.putAll(progressRows.versionsOf(more));
        Set<KeyResultId> workKeyResults = new TreeSet<>();
        for (Objective objective : inCycle) {
            workKeyResults.addAll(RecomputingKeyResults.workKeyResultsOf(objective));
        }
        WorkGraph graph = workKeyResults.isEmpty() ? new WorkGraph() : work.workFor(workKeyResults);
        ScorecardDefinition definition = new ScorecardDefinition(
                cycle,
                current.perspectives(),
                current.app().rollup(),
                current.app().statusMode(),
                inCycle);
        Scorecard scorecard = ScorecardCalculator.compute(definition, graph, clock);
        List<Group> groups = new ArrayList<>();
        Map<ProgressSubject, Long> expected = new HashMap<>();
        scorecard.objectives().forEach(objective -> {
            List<StoredProgress> rows = ProgressRows.rowsOf(objective, computedAt);
            Set<KeyResultId> keyResults = new TreeSet<>();
            for (KeyResultScore kr : objective.keyResults()) {
                keyResults.add(kr.id());
            }
            for (StoredProgress row : rows) {
                expected.put(row.subject(), observed.getOrDefault(row.subject(), 0L));
            }
            groups.add(new Group(
                    objective.id(),
                    keyResults,
                    rows,
                    null,
                    keyResults,
                    Map.of(),
                    Set.of(),
                    ProgressRows.workSetsOf(objective)));
        });
        return transactions.inTransaction(() -> {
            Saved written = groups.isEmpty() ? Saved.NOTHING : progressRows.save(groups, expected, false);
            snapshots.record(today, scorecard);
            return written;
        });
    }
}
