// Shim of com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/config/manager/IssueTypeSchemeManager.html
// (interface; subset)
package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;

public interface IssueTypeSchemeManager {

    FieldConfigScheme getDefaultIssueTypeScheme();

    void addOptionToDefault(String id);
}
