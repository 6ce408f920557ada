package io.okrscorecard.rest;

import io.okrscorecard.app.ObjectiveDetail;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.rollup.WorkSearch;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An objective with its key results, computed afresh; key results the viewer may not browse are only counted.
 * {@code owner} is the owner's user key (for links), {@code ownerName} the display name to show; both are null for an
 * objective without an owner. {@code support}: what its supporting objectives contribute, null when none counts.
 * {@code searchJql}: the JQL of Jira's issue search that finds the issues its key results count (the app's
 * {@code objectiveWork} function), null when it has no WORK key result.
 */
public record ObjectiveDto(
        String key,
        String summary,
        String perspective,
        String cycle,
        String owner,
        String ownerName,
        double weight,
        Double progress,
        String status,
        String undefinedReason,
        List<KeyResultSummaryDto> keyResults,
        int hiddenKeyResults,
        String searchJql,
        SupportDto support,
        ClosedDto closed) {

    /**
     * A key result in an objective's list; its explanation is at {@code /keyresults/{key}}. {@code checkInDue}: since
     * when a check-in is due on it, null when none is.
     */
    public record KeyResultSummaryDto(
            String key,
            String summary,
            String kind,
            double weight,
            Double progress,
            Double attainment,
            String status,
            String undefinedReason,
            String confidence,
            String summaryText,
            CheckInDueDto checkInDue) {}

    static ObjectiveDto of(ObjectiveDetail detail) {
        Objective objective = detail.objective();
        ObjectiveScore score = detail.score();
        return new ObjectiveDto(
                objective.key().value(),
                objective.summary(),
                objective.perspective() == null ? null : objective.perspective().value(),
                objective.cycle().value(),
                objective.owner() == null ? null : objective.owner().key(),
                objective.owner() == null ? null : objective.owner().displayName(),
                objective.weight().value(),
                ScorecardDto.value(score.progress()),
                score.status().name(),
                ScorecardDto.reason(score.progress()),
                detail.keyResults().stream()
                        .map(keyResult -> summary(keyResult, detail))
                        .collect(Collectors.toList()),
                detail.hiddenKeyResults(),
                objective.keyResults().stream().anyMatch(kr -> kr.kind() == KeyResultKind.WORK)
                        ? WorkSearch.objectiveWork(objective.key())
                        : null,
                SupportDto.of(score.cascaded(), keys(detail)),
                ClosedDto.of(detail.closed()));
    }

    private static Map<ObjectiveId, String> keys(ObjectiveDetail detail) {
        Map<ObjectiveId, String> keys = new HashMap<>();
        detail.visibleSupporting().forEach((id, key) -> keys.put(id, key.value()));
        return keys;
    }

    private static KeyResultSummaryDto summary(KeyResultScore score, ObjectiveDetail detail) {
        return new KeyResultSummaryDto(
                score.key().value(),
                score.summary(),
                score.kind().name(),
                score.weight().value(),
                ScorecardDto.value(score.progress()),
                score.progress().isDefined() ? score.attainment() : null,
                score.status().name(),
                ScorecardDto.reason(score.progress()),
                score.confidence() == null ? null : score.confidence().name(),
                score.explanation().summary(),
                CheckInDueDto.of(Optional.ofNullable(detail.checkInDue().get(score.id()))));
    }
}
