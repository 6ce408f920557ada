// Shim of com.atlassian.jira.issue.customfields.manager.OptionsManager; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/manager/OptionsManager.html and the
// public
// Jira source (@PublicApi interface); subset. UNVERIFIED: the two method signatures were not displayed in what was read
package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

public interface OptionsManager {

    Options getOptions(FieldConfig fieldConfig);

    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
