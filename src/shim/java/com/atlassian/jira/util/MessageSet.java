// Shim of com.atlassian.jira.util.MessageSet; sources:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSet.html and
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/util/MessageSet.html
// (interface: addErrorMessage(String), boolean hasAnyErrors(), Set<String> getErrorMessages(); subset). Used by public
// JQL functions (ProjectsFunction: messages.addErrorMessage) and by public plugins reading the result of
// searchService.validateQuery(user, query) and parseResult.getErrors() ("if (messageSet.hasAnyErrors())",
// "result.getErrorMessages().iterator()").
// UNVERIFIED: the erased return type of getErrorMessages (java.util.Set) is from the javadoc as remembered, not seen
// in a stored source
package com.atlassian.jira.util;

import java.util.Set;

public interface MessageSet {
    void addErrorMessage(String errorMessage);

    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
