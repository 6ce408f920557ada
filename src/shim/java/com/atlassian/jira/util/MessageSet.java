// Shim of com.atlassian.jira.util.MessageSet; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSet.html
// (interface: addErrorMessage(String), hasAnyErrors(), getErrorMessages()); used by public JQL functions
// (ProjectsFunction: messages.addErrorMessage); subset
package com.atlassian.jira.util;

import java.util.Set;

public interface MessageSet {
    void addErrorMessage(String errorMessage);

    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
