package io.okrscorecard.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.settings.HostObject;
import java.util.Map;
import java.util.Optional;

/**
 * The two kinds of issue the OKR panel is shown on, recognised by the ids of the issue types the bootstrap created or
 * found (recorded in {@link HostObjectRegistry}), so a renamed issue type is still recognised and another app's
 * "Objective" type is not.
 */
enum OkrIssueKind {
    OBJECTIVE(HostObject.OBJECTIVE_ISSUE_TYPE),
    KEY_RESULT(HostObject.KEY_RESULT_ISSUE_TYPE);

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
            if (typeId.equals(recorded.get(kind.issueType))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
