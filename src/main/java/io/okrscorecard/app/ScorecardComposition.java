package io.okrscorecard.app;

import io.okrscorecard.app.ScorecardReading.KeyResultReading;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.scoring.Cascading;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.StatusRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a reading is composed from a kept cycle's rows: the arithmetic half of {@link ReadingScorecard}, which finds the
 * cycle, the scope and what the viewer may browse.
 */
final class ScorecardComposition {

    private ScorecardComposition() {}

    /**
     * The reading of the objectives in scope from their rows: each objective's progress with its supporting objectives
     * mixed in (over the whole cycle, ADR 0017), the perspectives and the scorecard scored over every objective in
     * scope, and the objectives and key results the viewer may browse (one bit each in {@code browsable}, in order).
     *
     * @param stored the kept cycle's rows, or the rows computed for the viewer
     */
    static ScorecardReading compose(
            ScorecardQuery query,
            KeptSettings.Snapshot current,
            Cycle cycle,
            KeptCycles.Kept kept,
            List<Objective> inScope,
            BitSet browsable,
            Map<ProgressSubject, StoredProgress> stored,
            ZoneId zone) {
        Perspectives perspectives = current.perspectives();
        StatusRule rule = kept.rule();
        CheckInCadence cadence = current.app().checkInCadence();
        Function<KeyResult, Optional<LocalDate>> checkInDue =
                keyResult -> cadence.dueSince(keyResult, cycle, kept.day(), zone);

        Cascade cascade = current.app().rollup().cascade();
        Map<ObjectiveId, ObjectiveScore.Cascaded> cascaded = stored == kept.stored()
                ? kept.cascaded(cascade)
                : Cascading.over(kept.objectives(), id -> progressOf(stored.get(ProgressSubject.of(id))), cascade);

        List<Objective> visible = new ArrayList<>();
        Map<ObjectiveId, List<KeyResultReading>> keyResults = new HashMap<>();
        Map<PerspectiveKey, List<ObjectiveScore>> byPerspective = new LinkedHashMap<>();
        List<ObjectiveScore> unassigned = new ArrayList<>();
        int at = 0;
        for (Objective objective : inScope) {
            Optional<Perspective> perspective =
                    Optional.ofNullable(objective.perspective()).flatMap(perspectives::find);
            Thresholds thresholds = perspective.map(Perspective::thresholds).orElse(Thresholds.DEFAULT);
            ObjectiveScore.Cascaded parts = cascaded.get(objective.id());
            Progress objectiveProgress = Cascading.combined(parts);
            ObjectiveScore score = new ObjectiveScore(
                    objective.id(),
                    objective.key(),
                    objective.summary(),
                    objective.perspective(),
                    perspective.isEmpty(),
                    objective.weight(),
                    objectiveProgress,
                    rule.statusOf(objectiveProgress, thresholds),
                    List.of(),
                    parts);
            if (perspective.isPresent()) {
                byPerspective
                        .computeIfAbsent(perspective.get().key(), key -> new ArrayList<>())
                        .add(score);
            } else {
                unassigned.add(score);
            }
            if (browsable.get(at++)) {
                visible.add(objective);
                List<KeyResultReading> readings = new ArrayList<>();
                for (KeyResult keyResult : objective.keyResults()) {
                    if (browsable.get(at++)) {
                        readings.add(
                                keyResultReading(keyResult, stored, thresholds, rule, checkInDue.apply(keyResult)));
                    }
                }
                keyResults.put(objective.id(), readings);
            }
        }

        List<PerspectiveScore> perspectiveScores = new ArrayList<>();
        for (Perspective perspective : perspectives.all()) {
            if (query.perspective().map(perspective.key()::equals).orElse(true)) {
                perspectiveScores.add(PerspectiveScore.of(
                        perspective, byPerspective.getOrDefault(perspective.key(), List.of()), rule));
            }
        }
        Scorecard scorecard = Scorecard.of(cycle.id(), rule, perspectiveScores, unassigned);
        return new ScorecardReading(
                cycle,
                perspectives,
                scorecard,
                visible,
                keyResults,
                inScope.size() - visible.size(),
                latestComputation(inScope, stored),
                trends(kept, cycle, perspectiveScores, query.trendDays()),
                kept.frozenFrom().map(FrozenCycle::frozenAt));
    }

    private static KeyResultReading keyResultReading(
            KeyResult keyResult,
            Map<ProgressSubject, StoredProgress> stored,
            Thresholds thresholds,
            StatusRule rule,
            Optional<LocalDate> checkInDue) {
        Optional<StoredProgress> row = Optional.ofNullable(stored.get(ProgressSubject.of(keyResult.id())));
        Progress krProgress = progressOf(row.orElse(null));
        double attainment = row.map(StoredProgress::attainment).orElse(Double.NaN);
        return new KeyResultReading(
                keyResult, krProgress, attainment, rule.statusOf(krProgress, thresholds), row, checkInDue);
    }

    /** The points of the scorecard and of the perspectives shown, from the trends kept with the cycle. */
    private static Map<SnapshotRepository.Subject, List<SnapshotRepository.Point>> trends(
            KeptCycles.Kept kept, Cycle cycle, List<PerspectiveScore> perspectives, int days) {
        if (days == 0) {
            return Map.of();
        }
        Map<SnapshotRepository.Subject, List<SnapshotRepository.Point>> all = kept.trends(days);
        Map<SnapshotRepository.Subject, List<SnapshotRepository.Point>> shown = new LinkedHashMap<>();
        SnapshotRepository.Subject whole = new SnapshotRepository.Subject(
                cycle.id(),
                SnapshotRepository.Subject.Kind.SCORECARD,
                cycle.id().value());
        shown.put(whole, all.getOrDefault(whole, List.of()));
        for (PerspectiveScore perspective : perspectives) {
            SnapshotRepository.Subject subject = new SnapshotRepository.Subject(
                    cycle.id(),
                    SnapshotRepository.Subject.Kind.PERSPECTIVE,
                    perspective.perspective().key().value());
            shown.put(subject, all.getOrDefault(subject, List.of()));
        }
        return shown;
    }

    /** The latest computation among the rows of the objectives in scope and their key results. */
    private static Optional<Instant> latestComputation(
            List<Objective> inScope, Map<ProgressSubject, StoredProgress> stored) {
        Instant latest = null;
        for (ProgressSubject subject : ProgressSubject.ofObjectivesAndKeyResults(inScope)) {
            StoredProgress row = stored.get(subject);
            if (row != null && (latest == null || row.computedAt().isAfter(latest))) {
                latest = row.computedAt();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The progress of a stored row; a subject never computed is undefined, "not computed yet". */
    static Progress progressOf(StoredProgress row) {
        return row == null ? Progress.undefined(UndefinedReason.NOT_COMPUTED) : row.progress();
    }
}
