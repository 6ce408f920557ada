// Shim of com.atlassian.jira.util.MessageSet; source: public plugins reading the result of
// searchService.validateQuery(user, query) and of parseResult.getErrors() with hasAnyErrors() and
// getErrorMessages() (e.g. "if (messageSet.hasAnyErrors())", "result.getErrorMessages().iterator()");
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/util/MessageSet.html
// (interface; boolean hasAnyErrors(); Set<String> getErrorMessages(); subset)
// UNVERIFIED: the erased return type of getErrorMessages (java.util.Set) is from the javadoc as remembered, not seen
// in a stored source
package com.atlassian.jira.util;

import java.util.Set;

public interface MessageSet {

    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
