// Shim of com.atlassian.jira.issue.IssueManager; source:
// https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html (interface; subset)
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

public interface IssueManager {

    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);
}
