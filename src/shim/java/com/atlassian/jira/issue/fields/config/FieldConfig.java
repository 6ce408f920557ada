// Shim of com.atlassian.jira.issue.fields.config.FieldConfig; source:
// https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/fields/config/package-summary.html (interface; subset)
package com.atlassian.jira.issue.fields.config;

public interface FieldConfig {

    Long getId();
}
