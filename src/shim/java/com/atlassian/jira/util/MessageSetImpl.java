// Shim of com.atlassian.jira.util.MessageSetImpl; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/util/MessageSetImpl.html (class, public no-argument
// constructor; `new MessageSetImpl()` in public JQL functions such as ProjectsFunction); subset
package com.atlassian.jira.util;

import java.util.Set;

public class MessageSetImpl implements MessageSet {
    public MessageSetImpl() {}

    @Override
    public void addErrorMessage(String errorMessage) {}

    @Override
    public boolean hasAnyErrors() {
        return false;
    }

    @Override
    public Set<String> getErrorMessages() {
        return null;
    }
}
