package io.okrscorecard.rest;

import io.okrscorecard.app.PickingKeyResults;
import io.okrscorecard.app.WorkContributions;
import io.okrscorecard.core.IssueKey;
import java.util.List;

/**
 * The key results a work item contributes to, for its issue panel. {@code way}: COUNTED, SHARED (counted here and by
 * {@code alsoCountedBy}, plus {@code alsoCountedHidden} key results the viewer may not browse), EXCLUDED (its
 * {@code resolution} leaves the numbers), EXPANDED (a linked epic: its {@code children} count instead), SUBTASK (its
 * {@code parent} counts) or IGNORED_SUBTASK (a sub-task linked directly: never counted). {@code through}: the epic or
 * parent whose link puts the issue there (null: its own link, or an issue the viewer may not browse).
 * {@code progress} is null when undefined, with {@code undefinedReason}. {@code linked}: the issue itself has the
 * link, so the panel offers to remove it. {@code hiddenKeyResults}: key results holding the issue that the viewer may
 * not browse.
 */
public record ContributionsDto(String issue, List<LineDto> contributions, int hiddenKeyResults) {

    /** One key result the issue is in the work set of. */
    public record LineDto(
            String keyResult,
            String summary,
            String objective,
            String objectiveSummary,
            String perspective,
            Double progress,
            String undefinedReason,
            String status,
            String way,
            String resolution,
            String through,
            String parent,
            int children,
            List<String> alsoCountedBy,
            int alsoCountedHidden,
            boolean linked) {}

    /** The body of a link request: the key of the key result. */
    public record LinkRequest(String keyResult) {}

    /** A key result the picker offers. */
    public record ChoiceDto(String key, String summary, String objective, String objectiveSummary, String cycle) {
        static ChoiceDto of(PickingKeyResults.Choice choice) {
            return new ChoiceDto(
                    choice.keyResult().key().value(),
                    choice.keyResult().summary(),
                    choice.objective().key().value(),
                    choice.objective().summary(),
                    choice.cycle().name());
        }
    }

    static ContributionsDto of(WorkContributions contributions) {
        return new ContributionsDto(
                contributions.issue().value(),
                contributions.lines().stream().map(ContributionsDto::line).toList(),
                contributions.hiddenKeyResults());
    }

    private static LineDto line(WorkContributions.Line line) {
        boolean shared = line.way() == io.okrscorecard.core.rollup.Contributions.Way.COUNTED
                && (!line.alsoCountedBy().isEmpty() || line.alsoCountedHidden() > 0);
        return new LineDto(
                line.keyResult().key().value(),
                line.keyResult().summary(),
                line.objective() == null ? null : line.objective().key().value(),
                line.objective() == null ? null : line.objective().summary(),
                line.perspective(),
                ScorecardDto.value(line.progress()),
                ScorecardDto.reason(line.progress()),
                line.status().name(),
                shared ? "SHARED" : line.way().name(),
                line.resolution(),
                key(line.through()),
                key(line.parent()),
                line.children(),
                line.alsoCountedBy().stream().map(IssueKey::value).toList(),
                line.alsoCountedHidden(),
                line.linkedDirectly());
    }

    private static String key(IssueKey key) {
        return key == null ? null : key.value();
    }
}
