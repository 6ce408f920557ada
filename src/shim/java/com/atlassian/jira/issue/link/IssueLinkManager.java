// Shim of com.atlassian.jira.issue.link.IssueLinkManager; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html (interface; subset)
package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.List;

public interface IssueLinkManager {

    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);

    // "Returns a collection of all IssueLinks for a particular issue link type" (IssueLinkManager javadoc above; the
    // same member in DefaultIssueLinkManager, one query by LINKTYPE)
    Collection<IssueLink> getIssueLinks(Long issueLinkTypeId);

    void createIssueLink(
            Long sourceIssueId,
            Long destinationIssueId,
            Long issueLinkTypeId,
            Long sequence,
            ApplicationUser remoteUser)
            throws CreateException;

    // "Returns the issue link or null if not found" (IssueLinkManager javadoc above; DefaultIssueLinkManager reads the
    // link by source, destination and link type)
    IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId);

    // "removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser)": removes the link and records change items
    // for both issues as the user (IssueLinkManager javadoc above, Jira 8.5 to latest); the user's permissions are not
    // checked by the manager
    void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser);
}
