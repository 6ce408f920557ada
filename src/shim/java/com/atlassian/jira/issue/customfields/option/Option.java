// Shim of com.atlassian.jira.issue.customfields.option.Option; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/option/Option.html (interface; Boolean
// getDisabled(); subset)
package com.atlassian.jira.issue.customfields.option;

public interface Option {

    Long getOptionId();

    String getValue();

    Boolean getDisabled();
}
