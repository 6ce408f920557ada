// Shim of com.atlassian.jira.exception.CreateException; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/exception/CreateException.html (checked exception thrown by
// IssueLinkManager.createIssueLink) UNVERIFIED: direct super-class assumed java.lang.Exception, constructors not seen
package com.atlassian.jira.exception;

@SuppressWarnings("serial")
public class CreateException extends Exception {

    public CreateException(String msg) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public CreateException(String msg, Throwable cause) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
