// Shim of com.atlassian.jira.issue.status.category.StatusCategory; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/status/category/StatusCategory.html and the public
// Jira source of the interface (String constants TO_DO="new", IN_PROGRESS="indeterminate", COMPLETE="done";
// they are compile-time constants, so the values must match); subset
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {

    String TO_DO = "new";

    String IN_PROGRESS = "indeterminate";

    String COMPLETE = "done";

    String getKey();
}
