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
 * @param parentLinkId the item one level up in a hierarchy above epics (Advanced Roadmaps' Parent Link, e.g. the
 *     initiative of an epic), or {@code null}; see {@link #containerId()}
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
        IssueId parentId,
        IssueId parentLinkId) {

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
        if (id.equals(parentLinkId)) {
            throw new ValidationException("workItem.parentLinkId", key + " cannot be its own Parent Link");
        }
    }

    /** An issue outside any hierarchy above epics. */
    public WorkItem(
            IssueId id,
            IssueKey key,
            IssueKind kind,
            StatusCategory status,
            String resolution,
            Double storyPoints,
            Long originalEstimateSeconds,
            IssueId epicId,
            IssueId parentId) {
        this(id, key, kind, status, resolution, storyPoints, originalEstimateSeconds, epicId, parentId, null);
    }

    /**
     * The issue this one belongs to one level up, which a work set expands into its children: the epic (Epic Link)
     * when there is one, else the item its Parent Link names (the level above epics). {@code null} at the top of its
     * hierarchy. A sub-task with an epic is among the epic's children, though never counted through it.
     */
    public IssueId containerId() {
        return epicId != null ? epicId : parentLinkId;
    }

    public boolean isEpic() {
        return kind == IssueKind.EPIC;
    }

    public boolean isSubtask() {
        return kind == IssueKind.SUBTASK;
    }
}
