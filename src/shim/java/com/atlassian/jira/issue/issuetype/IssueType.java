// Shim of com.atlassian.jira.issue.issuetype.IssueType; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/issuetype/IssueType.html (interface;
// getId()/getName()
// are inherited from IssueConstant in the real API; subset)
// UNVERIFIED: page not in the stored corpus; isSubTask() as widely used by public plugins
package com.atlassian.jira.issue.issuetype;

public interface IssueType {

    String getId();

    String getName();

    boolean isSubTask();
}
