// Shim of com.atlassian.jira.event.issue.IssueEvent; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (public final class extends
// AbstractEvent implements IssueRelatedEvent; super-types and public constructors omitted, private one declared;
// subset)
// UNVERIFIED: the getter list was cut off in the stored page;
// getIssue/getUser(ApplicationUser)/getEventTypeId/isRedundant
// as in the project's research notes
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public final class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public boolean isRedundant() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
