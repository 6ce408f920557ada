package io.okrscorecard.app;

import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import java.util.List;

/**
 * An objective freshly computed for a viewer.
 *
 * @param keyResults the key results the viewer may browse (the objective's number counts all of them)
 * @param hiddenKeyResults key results the viewer may not browse
 */
public record ObjectiveDetail(
        Objective objective, ObjectiveScore score, List<KeyResultScore> keyResults, int hiddenKeyResults) {
    public ObjectiveDetail {
        keyResults = List.copyOf(keyResults);
    }
}
