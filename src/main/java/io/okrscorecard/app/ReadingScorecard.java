package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleState;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.CycleReviews;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.SavedFilters;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.scoring.Cascading;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.strategymap.StrategyMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A viewer reads the scorecard of a cycle from the materialised numbers: no recomputation on read, permission checks on
 * every listed issue. What is the same for every viewer (the cycle's objectives, their stored rows and trends) is kept
 * on this node while no write on any node moved it ({@link KeptCycles}): a read then costs three small statements,
 * shared by the readers that arrive together ({@link StoreObservations}), and no search, whatever the size of the cycle.
 */
public final class ReadingScorecard {
    private final AccessControl access;
    private final KeptSettings settings;
    private final StoreObservations observations;
    private final KeptCycles cycles;
    private final ScoringAfresh scoring;
    private final SavedFilters savedFilters;
    private final CycleReviews reviews;
    private final Clock clock;

    public ReadingScorecard(
            AccessControl access,
            ScorecardSettingsRepository settings,
            CycleReviews reviews,
            ObjectiveSource objectiveSource,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            ScoringAfresh scoring,
            SavedFilters savedFilters,
            Clock clock) {
        this(
                access,
                settings,
                reviews,
                objectiveSource,
                progress,
                snapshots,
                scoring,
                savedFilters,
                clock,
                KeptCycles.configuredMaxAge());
    }

    /** @param keptCycleMaxAge the longest time a cycle read for every viewer is served on this node; zero keeps none */
    public ReadingScorecard(
            AccessControl access,
            ScorecardSettingsRepository settings,
            CycleReviews reviews,
            ObjectiveSource objectiveSource,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            ScoringAfresh scoring,
            SavedFilters savedFilters,
            Clock clock,
            Duration keptCycleMaxAge) {
        this.access = access;
        this.settings = new KeptSettings(settings);
        this.observations = new StoreObservations(settings, progress);
        this.cycles = new KeptCycles(objectiveSource, progress, snapshots, clock, keptCycleMaxAge);
        this.scoring = scoring;
        this.savedFilters = savedFilters;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** How a caller turns a reading into its answer: a constant that depends on nothing but the reading. */
    @FunctionalInterface
    public interface Rendering<T> {
        T render(ScorecardReading reading);
    }

    private static final Rendering<ScorecardReading> AS_READ = reading -> reading;

    public ScorecardReading read(ScorecardQuery query) {
        return read(query, AS_READ);
    }

    /**
     * The viewer's reading, rendered. A reading that depends only on the kept cycle, the query and which of its issues
     * the viewer may browse (no saved filter, not counting only the viewer's work) is rendered once per kept cycle: the
     * next viewer who sees the same issues gets the same answer without it being composed or rendered again.
     */
    public <T> T read(ScorecardQuery query, Rendering<T> rendering) {
        return read(Viewers.require(access), query, rendering);
    }

    /**
     * The reading of a given viewer rather than the current one, with their permissions and saved filters: what a job
     * that acts for a user (the weekly digest of a subscriber) reads. The caller decides that it may act for them.
     */
    public ScorecardReading readAs(Viewer viewer, ScorecardQuery query) {
        return read(ValidationException.requireValue(viewer, "viewer"), query, AS_READ);
    }

    /** {@link #readAs} with the strategy map drawn from it. */
    public StrategyMapReading strategyMapAs(Viewer viewer, ScorecardQuery query) {
        return drawn(readAs(viewer, query));
    }

    private <T> T read(Viewer viewer, ScorecardQuery query, Rendering<T> rendering) {
        StoreObservations.Observed observed = observations.observe();
        KeptSettings.Snapshot now = settings.at(observed.settingsRevision());
        Source source = sourceOf(cycleFor(query, now), now, observed);
        KeptSettings.Snapshot current = source.settings();
        Cycle cycle = source.cycle();
        KeptCycles.Kept kept = source.kept();
        List<Objective> inScope = new ArrayList<>();
        for (Objective objective : kept.objectives()) {
            if (query.includesIssue(objective.key().value())) {
                inScope.add(objective);
            }
        }
        if (query.filter().isPresent()) {
            inScope = foundByFilter(viewer, query.filter().get(), inScope);
        }
        BitSet browsable = browsable(viewer, inScope);
        if (query.filter().isPresent() || computedForEachViewer(current, kept)) {
            return rendering.render(composed(viewer, query, current, cycle, kept, inScope, browsable));
        }
        List<Objective> scope = inScope;
        return kept.rendered(
                new RenderedFor(rendering, query, browsable),
                () -> rendering.render(composed(viewer, query, current, cycle, kept, scope, browsable)));
    }

    /**
     * Where a cycle is read from: its kept rows under the current settings or, closed, its frozen snapshot under the
     * settings, perspectives and dates it was closed with (docs/adr/0018-closing-a-cycle-freezes-it.md).
     */
    private record Source(Cycle cycle, KeptSettings.Snapshot settings, KeptCycles.Kept kept) {}

    private Source sourceOf(Cycle cycle, KeptSettings.Snapshot current, StoreObservations.Observed observed) {
        if (current.closed().contains(cycle.id())) {
            Optional<KeptCycles.Kept> frozen =
                    cycles.frozen(cycle.id(), current.revision(), () -> reviews.frozen(cycle.id()));
            if (frozen.isPresent()) {
                FrozenCycle snapshot = frozen.get().frozenFrom().orElseThrow();
                return new Source(snapshot.cycle(), current.frozenAs(snapshot), frozen.get());
            }
            // re-opened since the settings were read: its numbers follow Jira again
        }
        return new Source(cycle, current, cycles.of(cycle, current, observed.progress(), observed.sequence()));
    }

    /**
     * Whether each viewer's numbers are computed from the work they may browse (the admin setting "count only work the
     * viewer can browse"). Never for a closed cycle: its numbers are frozen, the same for everybody.
     */
    private static boolean computedForEachViewer(KeptSettings.Snapshot current, KeptCycles.Kept kept) {
        return current.app().countOnlyVisibleWork() && kept.frozenFrom().isEmpty();
    }

    /** What a rendering from a kept cycle depends on besides the cycle. */
    private record RenderedFor(Rendering<?> rendering, ScorecardQuery query, BitSet browsable) {}

    /**
     * Which of the objectives in scope, and of the key results of those the viewer may browse, the viewer may browse:
     * one bit each, in order, from one question to Jira for all of them. Equal bits mean equal visibility, as each bit
     * decides where the next ones stand.
     */
    private BitSet browsable(Viewer viewer, List<Objective> inScope) {
        List<IssueId> issues = new ArrayList<>();
        for (Objective objective : inScope) {
            issues.add(new IssueId(objective.id().value()));
            objective
                    .keyResults()
                    .forEach(keyResult -> issues.add(new IssueId(keyResult.id().value())));
        }
        Set<IssueId> browsable = access.browsable(viewer, issues);
        BitSet bits = new BitSet();
        int at = 0;
        for (Objective objective : inScope) {
            boolean visible = browsable.contains(new IssueId(objective.id().value()));
            bits.set(at++, visible);
            if (visible) {
                for (KeyResult keyResult : objective.keyResults()) {
                    bits.set(at++, browsable.contains(new IssueId(keyResult.id().value())));
                }
            }
        }
        return bits;
    }

    /** The reading of the objectives in scope, from the kept rows or, counting only visible work, computed now. */
    private ScorecardReading composed(
            Viewer viewer,
            ScorecardQuery query,
            KeptSettings.Snapshot current,
            Cycle cycle,
            KeptCycles.Kept kept,
            List<Objective> inScope,
            BitSet browsable) {
        Map<ProgressSubject, StoredProgress> stored =
                computedForEachViewer(current, kept) ? computedForViewer(viewer, inScope) : kept.stored();
        return ScorecardComposition.compose(query, current, cycle, kept, inScope, browsable, stored, clock.getZone());
    }

    /** The cycles by start day with their states today, for any logged-in viewer: which cycles exist is no issue data. */
    public List<CycleStates.Stated> cycles() {
        Viewers.require(access);
        KeptSettings.Snapshot current = settings.now();
        List<Cycle> cycles = new ArrayList<>(current.cycleList());
        cycles.sort(Comparator.comparing(Cycle::start));
        LocalDate today = LocalDate.now(clock);
        return cycles.stream()
                .map(cycle -> new CycleStates.Stated(
                        cycle, CycleState.of(cycle, today, current.closed().contains(cycle.id()))))
                .toList();
    }

    /** The strategy map of the objectives the viewer may browse, with the reading that colours its nodes. */
    public StrategyMapReading strategyMap(ScorecardQuery query) {
        return drawn(read(query));
    }

    /** The strategy map of a reading, in the lanes of the perspectives it was composed under. */
    private static StrategyMapReading drawn(ScorecardReading reading) {
        return new StrategyMapReading(reading, StrategyMap.of(reading.perspectives(), reading.objectives()));
    }

    /** A strategy map and the scorecard reading it was drawn from. */
    public record StrategyMapReading(ScorecardReading reading, StrategyMap map) {}

    /**
     * The objectives supporting this one that count for it under the admin's cascade, each with its progress as every
     * scorecard read shows it (from this node's kept cycle); empty when aligned objectives do not contribute. The
     * caller has checked that the viewer may see the objective; the numbers are the same for everybody.
     */
    public List<Cascading.Supporting> supportingOf(Objective objective) {
        StoreObservations.Observed observed = observations.observe();
        KeptSettings.Snapshot now = settings.at(observed.settingsRevision());
        Optional<Cycle> cycle = now.cycle(objective.cycle());
        if (cycle.isEmpty()) {
            return List.of();
        }
        Source source = sourceOf(cycle.get(), now, observed);
        Cascade cascade = source.settings().app().rollup().cascade();
        if (!cascade.enabled()) {
            return List.of();
        }
        KeptCycles.Kept kept = source.kept();
        Map<ObjectiveId, ObjectiveScore.Cascaded> cascaded = kept.cascaded(cascade);
        ObjectiveScore.Cascaded parts = cascaded.get(objective.id());
        if (parts == null) {
            return List.of();
        }
        Map<ObjectiveId, Objective> byId = new HashMap<>();
        kept.objectives().forEach(o -> byId.put(o.id(), o));
        List<Cascading.Supporting> supporting = new ArrayList<>();
        for (ObjectiveId child : parts.supporting()) {
            Objective supporter = byId.get(child);
            supporting.add(new Cascading.Supporting(
                    child, supporter.key(), supporter.weight(), Cascading.combined(cascaded.get(child))));
        }
        return supporting;
    }

    /**
     * The number the closed cycle of this objective shows for the objective (its supporting objectives mixed in, as the
     * scorecard shows it) or for one of its key results ({@code keyResult} non-null); empty when the cycle is not
     * closed or the subject was not in it when it was closed. The caller has checked that the viewer may see it.
     */
    public Optional<ClosedNumber> closedNumberOf(Objective objective, KeyResultId keyResult) {
        StoreObservations.Observed observed = observations.observe();
        KeptSettings.Snapshot now = settings.at(observed.settingsRevision());
        Optional<Cycle> cycle = now.cycle(objective.cycle());
        if (cycle.isEmpty() || !now.closed().contains(cycle.get().id())) {
            return Optional.empty();
        }
        Source source = sourceOf(cycle.get(), now, observed);
        Optional<FrozenCycle> frozen = source.kept().frozenFrom();
        if (frozen.isEmpty()) {
            return Optional.empty();
        }
        Optional<Progress> progress;
        if (keyResult != null) {
            progress = Optional.ofNullable(source.kept().stored().get(ProgressSubject.of(keyResult)))
                    .map(StoredProgress::progress);
        } else {
            progress = Optional.ofNullable(source.kept()
                            .cascaded(source.settings().app().rollup().cascade())
                            .get(objective.id()))
                    .map(Cascading::combined);
        }
        return progress.map(value -> new ClosedNumber(frozen.get().frozenAt(), value));
    }

    /**
     * The numbers of these objectives computed now from the work this viewer may browse (the admin setting "count
     * only work the viewer can browse"), in the form of stored rows so that the rest of the reading is the same.
     */
    private Map<ProgressSubject, StoredProgress> computedForViewer(Viewer viewer, List<Objective> inScope) {
        List<KeyResultId> keyResults = new ArrayList<>();
        inScope.forEach(objective -> objective.keyResults().forEach(kr -> keyResults.add(kr.id())));
        Instant now = clock.instant();
        Map<ProgressSubject, StoredProgress> rows = new HashMap<>();
        for (Objective objective : inScope) {
            if (objective.keyResults().isEmpty()) {
                rows.put(
                        ProgressSubject.of(objective.id()),
                        new StoredProgress(
                                ProgressSubject.of(objective.id()),
                                Progress.undefined(UndefinedReason.NO_KEY_RESULTS),
                                Double.NaN,
                                StoredProgress.WorkCounts.NONE,
                                null,
                                false,
                                now,
                                0));
            }
        }
        if (keyResults.isEmpty()) {
            return rows;
        }
        for (Scorecard scorecard : scoring.scoreAfresh(keyResults, Viewers.browsableBy(access, viewer))) {
            scorecard.objectives().forEach(objective -> {
                rows.put(ProgressSubject.of(objective.id()), StoredProgress.of(objective, now));
                objective.keyResults().forEach(kr -> rows.put(ProgressSubject.of(kr.id()), StoredProgress.of(kr, now)));
            });
        }
        return rows;
    }

    /** The objectives among {@code inScope} that the viewer's saved filter finds; 404 for a filter they cannot see. */
    private List<Objective> foundByFilter(Viewer viewer, long filterId, List<Objective> inScope) {
        List<IssueKey> candidates = inScope.stream().map(Objective::key).toList();
        Set<IssueKey> found = savedFilters
                .matching(viewer, filterId, candidates)
                .orElseThrow(() -> new NotFoundException("no saved filter " + filterId + " that you can see"));
        List<Objective> result = new ArrayList<>();
        for (Objective objective : inScope) {
            if (found.contains(objective.key())) {
                result.add(objective);
            }
        }
        return result;
    }

    /** The asked-for cycle, else the one running today, else the one that started last. */
    private Cycle cycleFor(ScorecardQuery query, KeptSettings.Snapshot current) {
        if (query.cycle().isPresent()) {
            return current.cycle(query.cycle().get())
                    .orElseThrow(() -> new NotFoundException(
                            "no cycle '" + query.cycle().get().value() + "'"));
        }
        return Cycle.current(current.cycleList(), LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("no cycles yet: an administrator creates them"));
    }
}
