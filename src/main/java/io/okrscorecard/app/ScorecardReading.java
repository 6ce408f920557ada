package io.okrscorecard.app;

import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scorecard as one viewer may read it. The scores aggregate every objective in scope (numbers are the same for
 * everybody, as the admin guide explains); the lists hold only the objectives and key results the viewer may browse,
 * and say how many others exist.
 *
 * @param perspectives the perspectives it was composed under: the admin's, or a closed cycle's as it was closed
 * @param scorecard perspective and scorecard scores over all objectives in scope; objective scores carry no key
 *     results (see {@code keyResults})
 * @param objectives the visible objectives in scope, by key
 * @param keyResults per visible objective, its visible key results
 * @param hiddenObjectives objectives in scope the viewer may not browse
 * @param computedAt the latest computation among the stored numbers read, empty when none was stored yet
 * @param frozenAt when the cycle was closed, empty unless it is closed: every number is then the one it was closed with
 */
public record ScorecardReading(
        Cycle cycle,
        Perspectives perspectives,
        Scorecard scorecard,
        List<Objective> objectives,
        Map<ObjectiveId, List<KeyResultReading>> keyResults,
        int hiddenObjectives,
        Optional<Instant> computedAt,
        Map<SnapshotRepository.Subject, List<SnapshotRepository.Point>> trends,
        Optional<Instant> frozenAt) {

    /**
     * A key result with its stored numbers, or undefined (not computed yet) before the first computation.
     *
     * @param checkInDue the day since which a check-in is due on the day of the reading, empty when none is due
     *     ({@link io.okrscorecard.core.checkin.CheckInCadence#dueSince})
     */
    public record KeyResultReading(
            KeyResult keyResult,
            Progress progress,
            double attainment,
            Status status,
            Optional<StoredProgress> stored,
            Optional<LocalDate> checkInDue) {}

    public ScorecardReading {
        objectives = List.copyOf(objectives);
        keyResults = Map.copyOf(keyResults);
        trends = Map.copyOf(trends);
    }

    /**
     * This reading as a dashboard item that shows only some perspectives lists it (an export of exactly what the item
     * shows): the sections of the other perspectives and their objectives left out, the scorecard's score and status
     * (over every perspective, as the item shows them), the unassigned objectives and the count of hidden objectives
     * kept. Every perspective when {@code shown} is empty.
     */
    public ScorecardReading showingOnly(Set<PerspectiveKey> shown) {
        if (shown.isEmpty()) {
            return this;
        }
        List<PerspectiveScore> kept = scorecard.perspectives().stream()
                .filter(perspective -> shown.contains(perspective.perspective().key()))
                .toList();
        Set<ObjectiveId> listed = new HashSet<>();
        kept.forEach(perspective -> perspective.objectives().forEach(objective -> listed.add(objective.id())));
        scorecard.unassigned().forEach(objective -> listed.add(objective.id()));
        Map<ObjectiveId, List<KeyResultReading>> keptKeyResults = new HashMap<>(keyResults);
        keptKeyResults.keySet().retainAll(listed);
        return new ScorecardReading(
                cycle,
                perspectives,
                new Scorecard(
                        scorecard.cycle(),
                        scorecard.rule(),
                        scorecard.progress(),
                        scorecard.status(),
                        kept,
                        scorecard.unassigned()),
                objectives.stream()
                        .filter(objective -> listed.contains(objective.id()))
                        .toList(),
                keptKeyResults,
                hiddenObjectives,
                computedAt,
                trends,
                frozenAt);
    }
}
