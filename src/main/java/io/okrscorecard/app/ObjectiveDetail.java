package io.okrscorecard.app;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An objective freshly computed for a viewer.
 *
 * @param keyResults the key results the viewer may browse (the objective's number counts all of them)
 * @param hiddenKeyResults key results the viewer may not browse
 * @param checkInDue of the visible key results on which a check-in is due today, the day since which it is due
 * @param visibleSupporting the supporting objectives that count for it ({@code score.cascaded().supporting()}) which
 *     the viewer may browse, with their keys
 * @param closed the number the scorecard shows for it when its cycle is closed, empty otherwise
 */
public record ObjectiveDetail(
        Objective objective,
        ObjectiveScore score,
        List<KeyResultScore> keyResults,
        int hiddenKeyResults,
        Map<KeyResultId, LocalDate> checkInDue,
        Map<ObjectiveId, IssueKey> visibleSupporting,
        Optional<ClosedNumber> closed) {
    public ObjectiveDetail {
        keyResults = List.copyOf(keyResults);
        checkInDue = Map.copyOf(checkInDue);
        visibleSupporting = Map.copyOf(visibleSupporting);
    }
}
