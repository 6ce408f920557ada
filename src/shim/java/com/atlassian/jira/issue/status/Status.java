// Shim of com.atlassian.jira.issue.status.Status; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/status/Status.html (interface; getId()/getName() are
// inherited from IssueConstant in the real API; subset)
// UNVERIFIED: page not in the stored corpus; getStatusCategory() (Jira 6.1+) as widely used
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {

    String getId();

    String getName();

    StatusCategory getStatusCategory();
}
