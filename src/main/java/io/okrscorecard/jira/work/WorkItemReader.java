package io.okrscorecard.jira.work;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.jira.issues.IssueFacts;

/**
 * Turns a Jira issue into the core's {@link WorkItem} snapshot. An issue is an epic when it carries an Epic Name
 * (Jira Software sets it on epics only, whatever the epic issue type is called), or, without that field, when its
 * issue type is named "Epic".
 *
 * @param epicLink Jira Software's Epic Link field; {@code null} without Jira Software (no item has an epic)
 * @param epicName Jira Software's Epic Name field, or {@code null}
 * @param storyPoints the admin's story-points field; {@code null} when unset or deleted (no item has points)
 */
record WorkItemReader(CustomField epicLink, CustomField epicName, CustomField storyPoints) {

    WorkItem read(Issue issue) {
        Double points = IssueFacts.number(issue, storyPoints);
        Long estimate = issue.getOriginalEstimate();
        return new WorkItem(
                IssueId.of(issue.getId()),
                IssueKey.of(issue.getKey()),
                kindOf(issue),
                IssueFacts.statusCategory(issue),
                issue.getResolution() == null ? null : issue.getResolution().getName(),
                points == null || points < 0 ? null : points,
                estimate == null || estimate < 0 ? null : estimate,
                epicOf(issue),
                issue.isSubTask() && issue.getParentId() != null ? IssueId.of(issue.getParentId()) : null);
    }

    private IssueKind kindOf(Issue issue) {
        if (issue.isSubTask()) {
            return IssueKind.SUBTASK;
        }
        if (epicName != null) {
            return IssueFacts.text(issue, epicName) != null ? IssueKind.EPIC : IssueKind.STANDARD;
        }
        return issue.getIssueType() != null
                        && "Epic".equalsIgnoreCase(issue.getIssueType().getName())
                ? IssueKind.EPIC
                : IssueKind.STANDARD;
    }

    /** The epic of the issue: Jira Software gives the Epic Link value as the epic issue. */
    private IssueId epicOf(Issue issue) {
        Object value = epicLink == null || issue.isSubTask() ? null : issue.getCustomFieldValue(epicLink);
        if (value instanceof Issue epic && epic.getId() != null && !epic.getId().equals(issue.getId())) {
            return IssueId.of(epic.getId());
        }
        return null;
    }
}
