package io.okrscorecard.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.settings.HostObject;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of issue the OKR panel is shown on: objectives and key results, recognised by the ids of the issue types the bootstrap created or
 * found (recorded in {@link HostObjectRegistry}), so a renamed issue type is still recognised and another app's
 * "Objective" type is not; and every other issue, a work item.
 */
enum OkrIssueKind {
    OBJECTIVE(HostObject.OBJECTIVE_ISSUE_TYPE),
    KEY_RESULT(HostObject.KEY_RESULT_ISSUE_TYPE),
    /** Any other issue (an epic, story, task or sub-task): its panel shows the key results it contributes to. */
    WORK_ITEM(null);

    /** The key under which Jira's issue view puts the viewed {@link Issue} into a web panel's context. */
    static final String ISSUE = "issue";

    private final HostObject issueType;

    OkrIssueKind(HostObject issueType) {
        this.issueType = issueType;
    }

    /** The kind of the issue in a web panel's context; empty for any other issue, or when there is none. */
    static Optional<OkrIssueKind> of(Map<String, Object> context, HostObjectRegistry registry) {
        Object value = context == null ? null : context.get(ISSUE);
        if (!(value instanceof Issue issue)) {
            return Optional.empty();
        }
        IssueType type = issue.getIssueType();
        String typeId = type == null ? null : type.getId();
        if (typeId == null) {
            return Optional.empty();
        }
        Map<HostObject, String> recorded = registry.all();
        for (OkrIssueKind kind : values()) {
            if (kind.issueType != null && typeId.equals(recorded.get(kind.issueType))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind of the issue in a web panel's context, a work item for any issue that is no objective or key result;
     * empty only when the context holds no issue.
     */
    static Optional<OkrIssueKind> ofAny(Map<String, Object> context, HostObjectRegistry registry) {
        Optional<OkrIssueKind> okr = of(context, registry);
        if (okr.isPresent()) {
            return okr;
        }
        Object value = context == null ? null : context.get(ISSUE);
        return value instanceof Issue issue && issue.getKey() != null ? Optional.of(WORK_ITEM) : Optional.empty();
    }

    /** The project key of an issue key ({@code OKR} of {@code OKR-12}). */
    static String projectOf(String issueKey) {
        int dash = issueKey.lastIndexOf('-');
        return dash > 0 ? issueKey.substring(0, dash) : issueKey;
    }
}
