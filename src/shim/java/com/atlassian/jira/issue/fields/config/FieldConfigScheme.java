// Shim of com.atlassian.jira.issue.fields.config.FieldConfigScheme; source:
// https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/fields/config/package-summary.html and the public Jira
// source
// of the interface (Map<String, FieldConfig> getConfigs(), FieldConfig getOneAndOnlyConfig()); subset
package com.atlassian.jira.issue.fields.config;

import java.util.Map;

public interface FieldConfigScheme {

    Map<String, FieldConfig> getConfigs();

    FieldConfig getOneAndOnlyConfig();
}
