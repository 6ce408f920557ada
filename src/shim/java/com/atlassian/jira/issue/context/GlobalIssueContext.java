// Shim of com.atlassian.jira.issue.context.GlobalIssueContext; source:
// https://docs.atlassian.com/jira/7.1.9/com/atlassian/jira/issue/context/package-summary.html (class) and the public
// Jira
// source of the class (static JiraContextNode getInstance()); super-types omitted, no public constructor declared
package com.atlassian.jira.issue.context;

public class GlobalIssueContext {

    private GlobalIssueContext() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
