package io.okrscorecard.rest;

import io.okrscorecard.app.ComparingCycles.CycleComparison;
import io.okrscorecard.core.compare.ScorecardComparison;
import io.okrscorecard.core.digest.ProgressChange;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Status;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * One cycle's scorecard compared with another's, for the same scope. Each value is shown as {@link ScorecardDto} shows
 * progress (a share in [0, 1], or {@code null} with an {@code undefinedReason} code); a side is {@code null} when the
 * perspective or objective is not in that cycle. {@code change} is to − from in percentage points (rounded to a
 * tenth), {@code null} when either side is undefined or missing: no change is known, which is never shown as 0.
 */
public record CycleComparisonDto(
        CycleDto from,
        CycleDto to,
        ScoreChange scorecard,
        List<PerspectiveChange> perspectives,
        List<ObjectiveChange> objectives,
        Hidden hiddenObjectives) {

    /** A progress with its status, as one cycle's scorecard shows it. */
    public record Value(Double progress, String status, String undefinedReason) {}

    /** The scorecard's score in both cycles. */
    public record ScoreChange(Value from, Value to, Double change) {}

    /** A perspective matched by its key; name and colour as the later cycle has them. */
    public record PerspectiveChange(String key, String name, String colour, Value from, Value to, Double change) {}

    /**
     * An objective matched by its issue; key, summary and perspective key (null when unassigned) as the later cycle
     * has them when it is in both.
     */
    public record ObjectiveChange(
            String key, String summary, String perspective, Value from, Value to, Double change) {}

    /** Objectives in scope the viewer may not browse, counted as each cycle's scorecard counts them. */
    public record Hidden(int from, int to) {}

    static CycleComparisonDto of(CycleComparison compared) {
        ScorecardComparison comparison = compared.comparison();
        return new CycleComparisonDto(
                CycleDto.of(compared.from()),
                CycleDto.of(compared.to()),
                new ScoreChange(
                        value(comparison.scorecardFrom(), comparison.statusFrom()),
                        value(comparison.scorecardTo(), comparison.statusTo()),
                        points(Optional.of(comparison.scorecardChange()))),
                comparison.perspectives().stream()
                        .map(CycleComparisonDto::perspective)
                        .collect(Collectors.toList()),
                comparison.objectives().stream()
                        .map(CycleComparisonDto::objective)
                        .collect(Collectors.toList()),
                new Hidden(compared.hiddenFrom(), compared.hiddenTo()));
    }

    private static PerspectiveChange perspective(ScorecardComparison.PerspectiveChange change) {
        PerspectiveScore shown = change.shown();
        return new PerspectiveChange(
                change.key().value(),
                shown.perspective().name(),
                shown.perspective().colour(),
                change.from().map(p -> value(p.progress(), p.status())).orElse(null),
                change.to().map(p -> value(p.progress(), p.status())).orElse(null),
                points(change.change()));
    }

    private static ObjectiveChange objective(ScorecardComparison.ObjectiveChange change) {
        ObjectiveScore shown = change.shown();
        return new ObjectiveChange(
                shown.key().value(),
                shown.summary(),
                shown.unassigned() ? null : shown.perspective().value(),
                change.from().map(o -> value(o.progress(), o.status())).orElse(null),
                change.to().map(o -> value(o.progress(), o.status())).orElse(null),
                points(change.change()));
    }

    private static Value value(Progress progress, Status status) {
        return new Value(ScorecardDto.value(progress), status.name(), ScorecardDto.reason(progress));
    }

    private static Double points(Optional<ProgressChange> change) {
        return change.map(ProgressChange::percentagePoints)
                .filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble)
                .orElse(null);
    }
}
