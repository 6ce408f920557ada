// Shim of com.atlassian.jira.issue.link.IssueLink; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html (interface; super-interface
// OfBizValueWrapper omitted; subset)
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

public interface IssueLink {

    Long getId();

    Long getSourceId();

    Long getDestinationId();

    Issue getSourceObject();

    Issue getDestinationObject();

    IssueLinkType getIssueLinkType();

    Long getLinkTypeId();
}
