// Shim of com.atlassian.jira.util.ErrorCollection; source: public plugins reading
// serviceContext.getErrorCollection().hasAnyErrors() and getErrorMessages(); Jira's own services and tests reading
// getErrors() (field id to message) and getReasons() against ErrorCollection.Reason.FORBIDDEN;
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/util/ErrorCollection.html
// (interface; boolean hasAnyErrors(); Collection<String> getErrorMessages(); Map<String, String> getErrors();
// Set<Reason> getReasons(); nested enum Reason; subset)
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

public interface ErrorCollection {

    boolean hasAnyErrors();

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    Set<Reason> getReasons();

    enum Reason {
        NOT_FOUND,
        NOT_LOGGED_IN,
        FORBIDDEN,
        VALIDATION_FAILED,
        CONFLICT,
        SERVER_ERROR
    }
}
