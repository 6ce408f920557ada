package io.okrscorecard.jira.work;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.jira.issues.IssueFacts;
import java.util.regex.Pattern;

/**
 * Turns a Jira issue into the core's {@link WorkItem} snapshot. An issue is an epic when it carries an Epic Name
 * (Jira Software sets it on epics only, whatever the epic issue type is called), or, without that field, when its
 * issue type is named "Epic".
 *
 * @param epicLink Jira Software's Epic Link field; {@code null} without Jira Software (no item has an epic)
 * @param epicName Jira Software's Epic Name field, or {@code null}
 * @param storyPoints the admin's story-points field; {@code null} when unset or deleted (no item has points)
 * @param parentLink Advanced Roadmaps' Parent Link field (the levels above epics); {@code null} without one (no item
 *     has a Parent Link)
 */
record WorkItemReader(CustomField epicLink, CustomField epicName, CustomField storyPoints, CustomField parentLink) {

    /** An issue key ({@code ABC-12}), as Jira's project keys are written. */
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    WorkItem read(Issue issue) {
        return read(issue, null);
    }

    /**
     * The snapshot, with the Parent Link given when the caller knows it (the query that found the issue named it),
     * else read from the field: an issue, or the field type's string form of an id. A Parent Link written as a key is
     * left to the caller ({@link #parentLinkKey}).
     */
    WorkItem read(Issue issue, IssueId knownParentLink) {
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
                issue.isSubTask() && issue.getParentId() != null ? IssueId.of(issue.getParentId()) : null,
                knownParentLink != null ? knownParentLink : parentLinkIdOf(issue));
    }

    /**
     * The key the Parent Link names when the field gives it as a key rather than an issue or an id; {@code null}
     * otherwise. The Java type of Advanced Roadmaps' value is not public API, so the reader takes what it can prove: an
     * {@link Issue}, or the field type's string form ({@code CustomFieldType.getStringFromSingularObject}).
     */
    String parentLinkKey(Issue issue) {
        String text = parentLinkText(issue);
        return text != null && ISSUE_KEY.matcher(text).matches() ? text : null;
    }

    /** The Parent Link as an issue id, when the field gives an issue or an id; {@code null} otherwise. */
    IssueId parentLinkIdOf(Issue issue) {
        Object value = parentLinkValue(issue);
        if (value instanceof Issue parent) {
            return parent.getId() == null || parent.getId().equals(issue.getId()) ? null : IssueId.of(parent.getId());
        }
        String text = parentLinkText(issue);
        if (text != null && text.chars().allMatch(Character::isDigit) && !text.isEmpty() && text.length() < 19) {
            long id = Long.parseLong(text);
            return id > 0 && !Long.valueOf(id).equals(issue.getId()) ? IssueId.of(id) : null;
        }
        return null;
    }

    private Object parentLinkValue(Issue issue) {
        return parentLink == null || issue.isSubTask() ? null : issue.getCustomFieldValue(parentLink);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String parentLinkText(Issue issue) {
        Object value = parentLinkValue(issue);
        if (value == null || value instanceof Issue) {
            return null;
        }
        if (value instanceof String text) {
            return text.strip();
        }
        CustomFieldType type = parentLink.getCustomFieldType();
        try {
            String text = type == null ? null : type.getStringFromSingularObject(value);
            return text == null ? null : text.strip();
        } catch (RuntimeException unreadable) {
            return null;
        }
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
