// Shim of com.atlassian.jira.issue.link.Direction; source: linked-planet/kotlin-jira-client SdkJiraIssueLinkOperator
// (import com.atlassian.jira.issue.link.Direction; Direction.OUT) and Jira's DefaultIssueLinkService source
// (result.getDirection() == Direction.OUT);
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/link/Direction.html
// (enum IN, OUT)
package com.atlassian.jira.issue.link;

public enum Direction {
    IN,
    OUT
}
