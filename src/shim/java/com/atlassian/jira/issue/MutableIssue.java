// Shim of com.atlassian.jira.issue.MutableIssue; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/MutableIssue.html (interface extends Issue; no own
// members used)
// UNVERIFIED: page not in the stored corpus (IssueManager returns it; interface assumed)
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {}
