package io.okrscorecard.rest;

import io.okrscorecard.app.ScorecardReading;
import io.okrscorecard.app.ScorecardReading.KeyResultReading;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scorecard of a cycle as the gadget draws it. Progress values are shares in [0, 1]; an undefined value is
 * {@code null} with an {@code undefinedReason} code such as {@code NO_LINKED_WORK} (never 0), which the UI turns into
 * a translated text. {@code frozenAt} is when the cycle was closed, null unless it is: its numbers are then those it
 * was closed with.
 */
public record ScorecardDto(
        CycleDto cycle,
        String statusMode,
        Double progress,
        String status,
        String undefinedReason,
        String computedAt,
        String frozenAt,
        List<PointDto> trend,
        List<PerspectiveView> perspectives,
        List<ObjectiveView> unassigned,
        int hiddenObjectives) {

    /** One day of a trend line. */
    public record PointDto(String day, Double progress) {}

    /** A perspective with its visible objectives. */
    public record PerspectiveView(
            String key,
            String name,
            String colour,
            double weight,
            Double progress,
            String status,
            String undefinedReason,
            int undefinedObjectives,
            List<PointDto> trend,
            List<ObjectiveView> objectives) {}

    /**
     * A visible objective with its visible key results; {@code owner} is the owner's user key (for links),
     * {@code ownerName} the display name to show, both null without an owner; {@code support} what its supporting
     * objectives contribute, null when none counts.
     */
    public record ObjectiveView(
            String key,
            String summary,
            String owner,
            String ownerName,
            double weight,
            Double progress,
            String status,
            String undefinedReason,
            List<KeyResultView> keyResults,
            SupportDto support) {}

    /** A visible key result with the counts that explain it, and its check-in due mark ({@code null} when none). */
    public record KeyResultView(
            String key,
            String summary,
            String kind,
            double weight,
            Double progress,
            Double attainment,
            String status,
            String undefinedReason,
            String confidence,
            CountsDto counts,
            String policy,
            boolean fellBackToCount,
            CheckInDueDto checkInDue) {}

    /** Items of a WORK key result by status category, plus excluded and shared ones. */
    public record CountsDto(int todo, int inProgress, int done, int excluded, int shared) {}

    static ScorecardDto of(ScorecardReading reading) {
        Set<ObjectiveId> visible =
                reading.objectives().stream().map(Objective::id).collect(Collectors.toSet());
        Map<ObjectiveId, Objective> objectives =
                reading.objectives().stream().collect(Collectors.toMap(Objective::id, objective -> objective));
        List<PerspectiveView> perspectives = new ArrayList<>();
        for (PerspectiveScore score : reading.scorecard().perspectives()) {
            String key = score.perspective().key().value();
            perspectives.add(new PerspectiveView(
                    key,
                    score.perspective().name(),
                    score.perspective().colour(),
                    score.perspective().weight().value(),
                    value(score.progress()),
                    score.status().name(),
                    reason(score.progress()),
                    (int) score.objectives().stream()
                            .filter(objective -> !objective.progress().isDefined())
                            .count(),
                    trend(reading, SnapshotRepository.Subject.Kind.PERSPECTIVE, key),
                    views(score.objectives(), visible, objectives, reading)));
        }
        return new ScorecardDto(
                CycleDto.of(reading.cycle()),
                reading.scorecard().rule().mode().name(),
                value(reading.scorecard().progress()),
                reading.scorecard().status().name(),
                reason(reading.scorecard().progress()),
                reading.computedAt().map(Object::toString).orElse(null),
                reading.frozenAt().map(Object::toString).orElse(null),
                trend(
                        reading,
                        SnapshotRepository.Subject.Kind.SCORECARD,
                        reading.cycle().id().value()),
                perspectives,
                views(reading.scorecard().unassigned(), visible, objectives, reading),
                reading.hiddenObjectives());
    }

    private static List<ObjectiveView> views(
            List<ObjectiveScore> scores,
            Set<ObjectiveId> visible,
            Map<ObjectiveId, Objective> objectives,
            ScorecardReading reading) {
        List<ObjectiveView> views = new ArrayList<>();
        Map<ObjectiveId, String> keys = new HashMap<>();
        objectives.forEach((id, objective) -> keys.put(id, objective.key().value()));
        for (ObjectiveScore score : scores) {
            if (!visible.contains(score.id())) {
                continue;
            }
            List<KeyResultView> keyResults = reading.keyResults().getOrDefault(score.id(), List.of()).stream()
                    .map(ScorecardDto::view)
                    .collect(Collectors.toList());
            Person owner = objectives.get(score.id()).owner();
            views.add(new ObjectiveView(
                    score.key().value(),
                    score.summary(),
                    owner == null ? null : owner.key(),
                    owner == null ? null : owner.displayName(),
                    score.weight().value(),
                    value(score.progress()),
                    score.status().name(),
                    reason(score.progress()),
                    keyResults,
                    SupportDto.of(score.cascaded(), keys)));
        }
        return views;
    }

    private static KeyResultView view(KeyResultReading reading) {
        StoredProgress.WorkCounts counts =
                reading.stored().map(StoredProgress::counts).orElse(StoredProgress.WorkCounts.NONE);
        return new KeyResultView(
                reading.keyResult().key().value(),
                reading.keyResult().summary(),
                reading.keyResult().kind().name(),
                reading.keyResult().weight().value(),
                value(reading.progress()),
                Double.isFinite(reading.attainment()) ? reading.attainment() : null,
                reading.status().name(),
                reason(reading.progress()),
                reading.keyResult().confidence().map(Enum::name).orElse(null),
                new CountsDto(counts.todo(), counts.inProgress(), counts.done(), counts.excluded(), counts.shared()),
                reading.stored().map(StoredProgress::policyUsed).map(Enum::name).orElse(null),
                reading.stored().map(StoredProgress::fellBackToCount).orElse(false),
                CheckInDueDto.of(reading.checkInDue()));
    }

    private static List<PointDto> trend(ScorecardReading reading, SnapshotRepository.Subject.Kind kind, String id) {
        return reading
                .trends()
                .getOrDefault(new SnapshotRepository.Subject(reading.cycle().id(), kind, id), List.of())
                .stream()
                .map(point -> new PointDto(point.day().toString(), value(point.progress())))
                .collect(Collectors.toList());
    }

    static Double value(Progress progress) {
        return progress.isDefined() ? progress.value() : null;
    }

    static String reason(Progress progress) {
        return progress.isDefined() ? null : progress.undefinedReason().name();
    }
}
