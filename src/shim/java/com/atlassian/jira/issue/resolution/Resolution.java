// Shim of com.atlassian.jira.issue.resolution.Resolution; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/resolution/Resolution.html (interface;
// getId()/getName()
// are inherited from IssueConstant in the real API)
// UNVERIFIED: page not in the stored corpus
package com.atlassian.jira.issue.resolution;

public interface Resolution {

    String getId();

    String getName();
}
