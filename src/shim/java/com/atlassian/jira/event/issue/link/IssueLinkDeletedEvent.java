// Shim of com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/link/IssueLinkCreatedEvent.html (public class,
// IssueLink getIssueLink(); public constructor omitted, private one declared; subset)
// UNVERIFIED: only the package summary lists IssueLinkDeletedEvent; its shape is assumed to mirror
// IssueLinkCreatedEvent
package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

public class IssueLinkDeletedEvent {

    private IssueLinkDeletedEvent() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public IssueLink getIssueLink() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
