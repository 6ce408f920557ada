package io.okrscorecard.rest;

import io.okrscorecard.app.KeyResultDetail;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.rollup.CategoryTotal;
import io.okrscorecard.core.rollup.Explanation;
import io.okrscorecard.core.rollup.MetricExplanation;
import io.okrscorecard.core.rollup.MilestoneExplanation;
import io.okrscorecard.core.rollup.WorkExplanation;
import io.okrscorecard.core.scoring.KeyResultScore;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A key result with the full explanation of its number, computed afresh. Exactly one of {@code work}, {@code metric},
 * {@code milestone} is set, after the key result's kind. Lists name only issues the viewer may browse.
 * {@code canCheckIn}: the viewer may record a check-in with a new value (a METRIC key result they may edit).
 * {@code searchJql}: the JQL of Jira's issue search that finds the work of a WORK key result (its counted and excluded
 * items), null for other kinds. {@code checkInDue}: since when a check-in is due on a METRIC key result under the
 * admin's cadence, null when none is due.
 */
public record KeyResultDto(
        String key,
        String summary,
        String kind,
        double weight,
        Double progress,
        Double attainment,
        String status,
        String undefinedReason,
        String confidence,
        String objective,
        String objectiveSummary,
        String summaryText,
        boolean canCheckIn,
        String searchJql,
        CheckInDueDto checkInDue,
        WorkDto work,
        MetricDto metric,
        MilestoneDto milestone,
        ClosedDto closed) {

    /** The inputs of a WORK key result: progress = numerator / denominator. */
    public record WorkDto(
            String policyRequested,
            String policyUsed,
            boolean fellBackToCount,
            double inProgressCredit,
            Double meanEstimate,
            double numerator,
            double denominator,
            int countedItems,
            List<CategoryDto> categories,
            List<ExcludedDto> excluded,
            int excludedTotal,
            List<SharedDto> shared,
            int sharedTotal,
            List<String> ignoredSubtasks,
            List<String> hierarchyCycles,
            int hiddenItems) {}

    /** Totals of one status category ({@code new}, {@code indeterminate}, {@code done}). */
    public record CategoryDto(String category, int count, int estimated, double weight, double credit) {}

    /** An item left out by its resolution. */
    public record ExcludedDto(String key, String resolution) {}

    /** An item also counted by other key results. */
    public record SharedDto(String key, List<String> alsoIn) {}

    /** The inputs of a METRIC key result: attainment = (current - start) / (target - start). */
    public record MetricDto(
            double start,
            double target,
            double current,
            String unit,
            String maintain,
            boolean lowerIsBetter,
            double attainment,
            boolean fromCheckIn) {}

    /** A MILESTONE key result: done when its own status category is. */
    public record MilestoneDto(String statusCategory) {}

    static KeyResultDto of(KeyResultDetail detail) {
        KeyResultScore score = detail.score();
        Explanation explanation = score.explanation();
        WorkDto work = explanation instanceof WorkExplanation w ? work(w, detail) : null;
        MetricDto metric = explanation instanceof MetricExplanation m
                ? new MetricDto(
                        m.start(),
                        m.target(),
                        m.current(),
                        m.unit(),
                        m.maintain() == null ? null : m.maintain().name(),
                        m.lowerIsBetter(),
                        m.attainment(),
                        m.fromCheckIn())
                : null;
        MilestoneDto milestone = explanation instanceof MilestoneExplanation s
                ? new MilestoneDto(s.status().key())
                : null;
        return new KeyResultDto(
                score.key().value(),
                score.summary(),
                score.kind().name(),
                score.weight().value(),
                ScorecardDto.value(score.progress()),
                score.progress().isDefined() ? score.attainment() : null,
                score.status().name(),
                ScorecardDto.reason(score.progress()),
                score.confidence() == null ? null : score.confidence().name(),
                detail.objective().key().value(),
                detail.objective().summary(),
                explanation.summary(),
                detail.canCheckIn(),
                detail.searchJql(),
                CheckInDueDto.of(detail.checkInDue()),
                work,
                metric,
                milestone,
                ClosedDto.of(detail.closed()));
    }

    private static WorkDto work(WorkExplanation w, KeyResultDetail detail) {
        return new WorkDto(
                w.policyRequested().name(),
                w.policyUsed().name(),
                w.fellBackToCount(),
                w.inProgressCredit(),
                w.meanEstimate().isPresent() ? w.meanEstimate().getAsDouble() : null,
                w.numerator(),
                w.denominator(),
                w.countedItems(),
                w.byCategory().stream().map(KeyResultDto::category).collect(Collectors.toList()),
                detail.excluded().stream()
                        .map(item -> new ExcludedDto(item.key().value(), item.resolution()))
                        .collect(Collectors.toList()),
                w.excluded().size(),
                detail.shared().stream()
                        .map(shared -> new SharedDto(shared.item().key().value(), shared.alsoIn()))
                        .collect(Collectors.toList()),
                w.shared().size(),
                detail.ignoredSubtasks().stream()
                        .map(item -> item.key().value())
                        .collect(Collectors.toList()),
                detail.hierarchyCycles().stream().map(IssueKey::value).collect(Collectors.toList()),
                detail.hiddenItems());
    }

    private static CategoryDto category(CategoryTotal total) {
        return new CategoryDto(
                total.category().key(), total.count(), total.estimated(), total.weight(), total.credit());
    }
}
