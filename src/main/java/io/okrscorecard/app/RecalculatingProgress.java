package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.port.DirtyKeyResultJournal;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkRollup;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the materialised progress of key results and their objectives up to date with Jira: incrementally for a
 * few key results (after issue events or a check-in), or in full for every cycle (the nightly reconciliation, which
 * also records the day's snapshots).
 *
 * <p>Reads happen outside any transaction; only the writes of one recalculation share a transaction. Every row carries
 * the instant taken <em>before</em> its data was read, so that a recalculation that read older data never overwrites
 * one that read newer data (the store keeps the newer {@code computedAt}).
 */
public final class RecalculatingProgress {
    private static final Logger LOG = LoggerFactory.getLogger(RecalculatingProgress.class);

    /** Status of the rows of key results that measure no objective; the store keeps no status, only progress. */
    private static final StatusRule NO_CYCLE_RULE = new StatusRule(StatusMode.ABSOLUTE, 0);

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
     * @param rowsSaved key result and objective rows written (rows older than the stored ones are not counted)
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

    public RecalculatingProgress(
            ObjectiveSource objectives,
            WorkItemSource work,
            ScorecardSettingsRepository settings,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            DirtyKeyResultJournal journal,
            Transactions transactions,
            Clock clock) {
        this.objectives = objectives;
        this.work = work;
        this.settings = settings;
        this.progress = progress;
        this.snapshots = snapshots;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Recomputes these key results, their sibling key results and their objectives, and stores their rows. A key
     * result that measures no objective still gets its row, from its linked work. On any failure (a lost write race,
     * an unreachable database, a configuration problem) the key results are marked dirty instead of being lost.
     */
    public Outcome recalculate(Collection<KeyResultId> keyResults) {
        Set<KeyResultId> requested = new TreeSet<>(ValidationException.requireValue(keyResults, "keyResults"));
        if (requested.isEmpty()) {
            return new Outcome(requested, 0, false);
        }
        try {
            List<StoredProgress> rows = computeRows(requested);
            int saved = rows.isEmpty()
                    ? 0
                    : transactions.inTransaction(() -> progress.save(rows)).size();
            return new Outcome(requested, saved, false);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Recalculating {} key results failed ({}); marked dirty for the reconciliation job",
                    requested.size(),
                    e.toString());
            LOG.debug("Recalculation failure", e);
            journal.mark(requested);
            return new Outcome(requested, 0, true);
        }
    }

    private List<StoredProgress> computeRows(Set<KeyResultId> requested) {
        Instant computedAt = clock.instant();
        Fresh fresh = scoreAfresh(requested, null);
        List<StoredProgress> rows = new ArrayList<>();
        for (Scorecard scorecard : fresh.scorecards()) {
            scorecard
                    .objectives()
                    .filter(o -> fresh.measured().contains(o.id()))
                    .forEach(o -> rowsOf(o, computedAt, rows));
        }
        for (KeyResultId orphan : fresh.orphans()) {
            rows.add(orphanRow(orphan, fresh.graph(), settings.appSettings().rollup(), computedAt));
        }
        return rows;
    }

    /**
     * The objectives these key results measure, scored afresh from Jira with the same arithmetic as a full recompute
     * (one scorecard per cycle, also holding the objectives that share work with them, so that shared items are
     * listed). Nothing is stored: this is what an explanation is built from.
     */
    public List<Scorecard> scoreAfresh(Collection<KeyResultId> keyResults) {
        return scoreAfresh(new TreeSet<>(ValidationException.requireValue(keyResults, "keyResults")), null)
                .scorecards();
    }

    /** As {@link #scoreAfresh(Collection)}, counting only the issues that pass {@code counted}. */
    public List<Scorecard> scoreAfresh(Collection<KeyResultId> keyResults, Predicate<IssueId> counted) {
        ValidationException.requireValue(counted, "counted");
        return scoreAfresh(new TreeSet<>(ValidationException.requireValue(keyResults, "keyResults")), counted)
                .scorecards();
    }

    /**
     * Scorecards per cycle, the objectives measured by the requested key results, and the orphans among them;
     * {@code counted} (null: everything) restricts the work to the issues that pass it.
     */
    private record Fresh(
            List<Scorecard> scorecards, Set<ObjectiveId> measured, Set<KeyResultId> orphans, WorkGraph graph) {}

    private Fresh scoreAfresh(Set<KeyResultId> requested, Predicate<IssueId> counted) {
        AppSettings app = settings.appSettings();
        Perspectives perspectives = settings.perspectives();

        Map<CycleId, List<Objective>> measuredByCycle = new LinkedHashMap<>();
        Set<ObjectiveId> measuredIds = new HashSet<>();
        Set<KeyResultId> defined = new HashSet<>();
        Set<KeyResultId> workKeyResults = new TreeSet<>();
        for (Objective objective : objectives.objectivesMeasuredBy(requested)) {
            if (!measuredIds.add(objective.id())) {
                continue;
            }
            measuredByCycle
                    .computeIfAbsent(objective.cycle(), c -> new ArrayList<>())
                    .add(objective);
            for (KeyResult kr : objective.keyResults()) {
                defined.add(kr.id());
                if (kr.kind() == KeyResultKind.WORK) {
                    workKeyResults.add(kr.id());
                }
            }
        }
        Set<KeyResultId> orphans = new TreeSet<>(requested);
        orphans.removeAll(defined);
        workKeyResults.addAll(orphans);

        WorkGraph read = workKeyResults.isEmpty() ? new WorkGraph() : work.workFor(workKeyResults);
        WorkGraph graph = counted == null ? read : read.restrictedTo(counted);
        Map<CycleId, List<Objective>> sharingByCycle =
                sharingContext(graph, workKeyResults, defined, measuredIds, measuredByCycle.keySet());

        List<Scorecard> scorecards = new ArrayList<>();
        for (Map.Entry<CycleId, List<Objective>> entry : measuredByCycle.entrySet()) {
            Cycle cycle = settings.cycle(entry.getKey()).orElse(null);
            if (cycle == null) {
                LOG.debug("Objectives of unknown cycle {} are not scored", entry.getKey());
                continue;
            }
            List<Objective> inDefinition = new ArrayList<>(entry.getValue());
            inDefinition.addAll(sharingByCycle.getOrDefault(entry.getKey(), List.of()));
            ScorecardDefinition definition =
                    new ScorecardDefinition(cycle, perspectives, app.rollup(), app.statusMode(), inDefinition);
            scorecards.add(ScorecardCalculator.compute(definition, graph, clock));
        }
        return new Fresh(scorecards, measuredIds, orphans, graph);
    }

    /**
     * The objectives, in the cycles being computed, of the other WORK key results that share work with these ones.
     * They are scored along (their rows are not stored) so that the shared-item counts of the stored rows list every
     * key result of the cycle, exactly as a full recompute does.
     */
    private Map<CycleId, List<Objective>> sharingContext(
            WorkGraph graph,
            Set<KeyResultId> workKeyResults,
            Set<KeyResultId> defined,
            Set<ObjectiveId> measuredIds,
            Set<CycleId> cycles) {
        Set<KeyResultId> others = new TreeSet<>();
        for (KeyResultId kr : workKeyResults) {
            for (IssueId contributor : graph.contributorsOf(kr)) {
                others.addAll(graph.keyResultsLinking(contributor));
                WorkItem item = graph.item(contributor);
                if (item != null) {
                    others.addAll(graph.keyResultsLinking(item.epicId()));
                }
                for (WorkItem child : graph.childrenOf(contributor)) {
                    others.addAll(graph.keyResultsLinking(child.id()));
                }
            }
        }
        others.removeAll(defined);
        others.removeAll(workKeyResults);
        Map<CycleId, List<Objective>> byCycle = new LinkedHashMap<>();
        if (others.isEmpty()) {
            return byCycle;
        }
        Set<ObjectiveId> seen = new HashSet<>(measuredIds);
        for (Objective objective : objectives.objectivesMeasuredBy(others)) {
            if (cycles.contains(objective.cycle()) && seen.add(objective.id())) {
                byCycle.computeIfAbsent(objective.cycle(), c -> new ArrayList<>())
                        .add(objective);
            }
        }
        return byCycle;
    }

    /**
     * Recomputes every objective and key result of every cycle, stores all rows and records today's snapshots. A
     * cycle that fails is logged and reported; the others are still recalculated.
     */
    public FullOutcome recalculateAll(ProgressListener listener) {
        ProgressListener progressListener = listener == null ? ProgressListener.NONE : listener;
        LocalDate today = LocalDate.now(clock);
        AppSettings app = settings.appSettings();
        Perspectives perspectives = settings.perspectives();
        List<Cycle> cycles = settings.cycles();
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
                saved += recalculateCycle(cycle, entry.getValue(), app, perspectives, today);
                keyResultCount += entry.getValue().stream()
                        .mapToInt(o -> o.keyResults().size())
                        .sum();
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

    private int recalculateCycle(
            Cycle cycle, List<Objective> inCycle, AppSettings app, Perspectives perspectives, LocalDate today) {
        Instant computedAt = clock.instant();
        Set<KeyResultId> workKeyResults = new TreeSet<>();
        for (Objective objective : inCycle) {
            for (KeyResult kr : objective.keyResults()) {
                if (kr.kind() == KeyResultKind.WORK) {
                    workKeyResults.add(kr.id());
                }
            }
        }
        WorkGraph graph = workKeyResults.isEmpty() ? new WorkGraph() : work.workFor(workKeyResults);
        ScorecardDefinition definition =
                new ScorecardDefinition(cycle, perspectives, app.rollup(), app.statusMode(), inCycle);
        Scorecard scorecard = ScorecardCalculator.compute(definition, graph, clock);
        List<StoredProgress> rows = new ArrayList<>();
        scorecard.objectives().forEach(o -> rowsOf(o, computedAt, rows));
        return transactions.inTransaction(() -> {
            int written = rows.isEmpty() ? 0 : progress.save(rows).size();
            snapshots.record(today, scorecard);
            return written;
        });
    }

    private static void rowsOf(ObjectiveScore objective, Instant computedAt, List<StoredProgress> rows) {
        rows.add(StoredProgress.of(objective, computedAt));
        for (KeyResultScore kr : objective.keyResults()) {
            rows.add(StoredProgress.of(kr, computedAt));
        }
    }

    /**
     * A key result that measures no objective (not linked yet, or its objective link was removed): its kind is only
     * known through an objective, so its row shows the progress of its linked work, with no other key result to share
     * work with ("no linked work" when it has none).
     */
    private static StoredProgress orphanRow(KeyResultId id, WorkGraph graph, RollupSettings rollup, Instant at) {
        WorkRollup.Result result = WorkRollup.explain(WorkSet.expand(id, graph, rollup), rollup, List.of());
        KeyResultScore score = new KeyResultScore(
                id,
                null,
                "",
                KeyResultKind.WORK,
                Weight.ONE,
                result.progress(),
                result.progress().value(),
                NO_CYCLE_RULE.statusOf(result.progress(), Thresholds.DEFAULT),
                null,
                result.explanation());
        return StoredProgress.of(score, at);
    }
}
