// Shim of com.atlassian.jira.issue.IssueInputParameters; source: public plugins and scripts calling
// issueInputParameters.addCustomFieldValue(Long customFieldId, String... values), setSkipScreenCheck(true) and
// setRetainExistingValuesWhenParameterNotProvided(true, true) before IssueService.validateUpdate;
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/IssueInputParameters.html
// (interface; the setters return the parameters; subset)
package com.atlassian.jira.issue;

public interface IssueInputParameters {

    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    IssueInputParameters setSkipScreenCheck(boolean skipScreenCheck);

    IssueInputParameters setRetainExistingValuesWhenParameterNotProvided(
            boolean retainExistingValues, boolean applyDefaultValuesWhenParameterNotProvided);
}
