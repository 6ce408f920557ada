// Shim of com.atlassian.jira.util.ErrorCollection; source: public plugins reading
// serviceContext.getErrorCollection().hasAnyErrors() and getErrorMessages();
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/util/ErrorCollection.html
// (interface; boolean hasAnyErrors(); Collection<String> getErrorMessages(); subset)
package com.atlassian.jira.util;

import java.util.Collection;

public interface ErrorCollection {

    boolean hasAnyErrors();

    Collection<String> getErrorMessages();
}
