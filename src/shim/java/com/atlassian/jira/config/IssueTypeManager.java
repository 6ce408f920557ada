// Shim of com.atlassian.jira.config.IssueTypeManager; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/config/IssueTypeManager.html (interface; subset)
// UNVERIFIED: page not in the stored corpus; signatures from the project's research notes (jira-api-reference.md)
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

public interface IssueTypeManager {

    IssueType createIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();

    IssueType getIssueType(String id);
}
