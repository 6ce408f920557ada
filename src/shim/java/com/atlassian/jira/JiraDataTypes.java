// Shim of com.atlassian.jira.JiraDataTypes; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/JiraDataTypes.html
// (class of public static final JiraDataType constants; ISSUE returned by issue functions such as
// https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/IssueHistoryFunction.html); subset
package com.atlassian.jira;

public final class JiraDataTypes {
    public static final JiraDataType ISSUE = null;

    private JiraDataTypes() {}
}
