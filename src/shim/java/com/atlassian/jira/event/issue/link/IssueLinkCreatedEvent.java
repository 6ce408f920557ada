// Shim of com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/link/IssueLinkCreatedEvent.html (public class,
// IssueLink getIssueLink(); public constructor omitted, private one declared; subset)
package com.atlassian.jira.event.issue.link;

import com.atlassian.jira.issue.link.IssueLink;

public class IssueLinkCreatedEvent {

    private IssueLinkCreatedEvent() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public IssueLink getIssueLink() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
