package io.okrscorecard.core.work;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ValidationException;

/**
 * Immutable snapshot of a Jira issue as far as the rollup cares.
 *
 * @param resolution resolution name, {@code null} when unresolved
 * @param storyPoints {@code null} when unestimated; 0 is an estimate
 * @param originalEstimateSeconds {@code null} when unestimated; 0 is an estimate
 * @param epicId the epic this issue belongs to (Epic Link), or {@code null}
 * @param parentId the parent of a sub-task, or {@code null}
 */
public record WorkItem(
        IssueId id,
        IssueKey key,
        IssueKind kind,
        StatusCategory status,
        String resolution,
        Double storyPoints,
        Long originalEstimateSeconds,
        IssueId epicId,
        IssueId parentId) {

    public WorkItem {
        ValidationException.requireValue(id, "workItem.id");
        ValidationException.requireValue(key, "workItem.key");
        ValidationException.requireValue(kind, "workItem.kind");
        ValidationException.requireValue(status, "workItem.statusCategory");
        if (storyPoints != null && (!Double.isFinite(storyPoints) || storyPoints < 0)) {
            throw new ValidationException(
                    "workItem.storyPoints", "must be a finite number >= 0, was " + storyPoints + " on " + key);
        }
        if (originalEstimateSeconds != null && originalEstimateSeconds < 0) {
            throw new ValidationException(
                    "workItem.originalEstimate", "must be >= 0 seconds, was " + originalEstimateSeconds + " on " + key);
        }
        if (id.equals(epicId)) {
            throw new ValidationException("workItem.epicId", key + " cannot be its own epic");
        }
        if (id.equals(parentId)) {
            throw new ValidationException("workItem.parentId", key + " cannot be its own parent");
        }
    }

    public boolean isEpic() {
        return kind == IssueKind.EPIC;
    }

    public boolean isSubtask() {
        return kind == IssueKind.SUBTASK;
    }
}
