package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.WorkGraph;
import java.time.Clock;
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
 * Scores the objectives of some key results afresh from Jira, with the same arithmetic as a full recompute
 * ({@link RecalculatingProgress}), and stores nothing: what an explanation of a key result or objective is built from
 * (used by {@link ReadingKeyResults} and {@link ReadingScorecard}).
 */
public final class ScoringAfresh {
    private static final Logger LOG = LoggerFactory.getLogger(ScoringAfresh.class);

    private final ObjectiveSource objectives;
    private final WorkItemSource work;
    private final KeptSettings keptSettings;
    private final Clock clock;

    public ScoringAfresh(
            ObjectiveSource objectives, WorkItemSource work, ScorecardSettingsRepository settings, Clock clock) {
        this.objectives = objectives;
        this.work = work;
        this.keptSettings = new KeptSettings(settings);
        this.clock = clock;
    }

    /**
     * The objectives these key results measure, scored afresh from Jira with the same arithmetic as a full recompute
     * (one scorecard per cycle, also holding the objectives that share work with them, so that shared items are
     * listed). Nothing is stored: this is what an explanation is built from.
     */
    public List<Scorecard> scoreAfresh(Collection<KeyResultId> keyResults) {
        return scoreAfresh(new TreeSet<>(ValidationException.requireValue(keyResults, "keyResults")), null);
    }

    /** As {@link #scoreAfresh(Collection)}, counting only the issues that pass {@code counted}. */
    public List<Scorecard> scoreAfresh(Collection<KeyResultId> keyResults, Predicate<IssueId> counted) {
        ValidationException.requireValue(counted, "counted");
        return scoreAfresh(new TreeSet<>(ValidationException.requireValue(keyResults, "keyResults")), counted);
    }

    /**
     * Scorecards per cycle of the objectives measured by the requested key results; {@code counted} (null:
     * everything) restricts the work to the issues that pass it.
     */
    private List<Scorecard> scoreAfresh(Set<KeyResultId> requested, Predicate<IssueId> counted) {
        KeptSettings.Snapshot current = keptSettings.now();
        AppSettings app = current.app();
        Perspectives perspectives = current.perspectives();

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
            Cycle cycle = current.cycle(entry.getKey()).orElse(null);
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
        return scorecards;
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
        Set<KeyResultId> others = sharingKeyResults(graph, workKeyResults);
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
     * Every key result linking an issue that the work sets of these key results are built from (a contributor, a
     * container above a contributor, an issue below a contributing container): the key results that can share items
     * with them. Includes
     * these key results themselves. A recalculation scores them along too.
     */
    static Set<KeyResultId> sharingKeyResults(WorkGraph graph, Collection<KeyResultId> workKeyResults) {
        Set<KeyResultId> others = new TreeSet<>();
        for (KeyResultId kr : workKeyResults) {
            for (IssueId contributor : graph.contributorsOf(kr)) {
                others.addAll(graph.keyResultsAbove(contributor));
                others.addAll(graph.keyResultsBelow(contributor));
            }
        }
        return others;
    }
}
