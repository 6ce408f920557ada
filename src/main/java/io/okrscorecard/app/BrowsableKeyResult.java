package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.ObjectiveSource;
import java.util.List;

/**
 * A key result by its issue key as a viewer may read it, with the cycle of its objective: an issue the viewer may not
 * browse does not exist for them, and an issue that measures no objective is not a key result (both 404).
 */
record BrowsableKeyResult(KeyResult keyResult, CycleId cycle) {

    static BrowsableKeyResult find(
            AccessControl access, IssueDirectory issues, ObjectiveSource objectives, Viewer viewer, IssueKey key) {
        IssueId id = issues.idOf(key).orElseThrow(() -> new NotFoundException("no issue " + key.value()));
        if (!access.canBrowse(viewer, id)) {
            throw new NotFoundException("no issue " + key.value());
        }
        KeyResultId keyResultId = new KeyResultId(id.value());
        for (Objective objective : objectives.objectivesMeasuredBy(List.of(keyResultId))) {
            for (KeyResult keyResult : objective.keyResults()) {
                if (keyResult.id().equals(keyResultId)) {
                    return new BrowsableKeyResult(keyResult, objective.cycle());
                }
            }
        }
        throw new NotFoundException(key.value() + " is not a key result of any objective");
    }
}
