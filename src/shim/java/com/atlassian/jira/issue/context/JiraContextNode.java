// Shim of com.atlassian.jira.issue.context.JiraContextNode; source:
// https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/issue/context/package-summary.html (interface; no members
// needed)
package com.atlassian.jira.issue.context;

public interface JiraContextNode {}
