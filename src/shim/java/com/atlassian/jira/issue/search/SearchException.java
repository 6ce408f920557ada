// Shim of com.atlassian.jira.issue.search.SearchException; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/web/action/issue/IssueNavigatorSearchResultsHelperImpl.html
// (checked, declared in throws clauses) UNVERIFIED: direct super-class assumed java.lang.Exception, constructors not
// seen
package com.atlassian.jira.issue.search;

@SuppressWarnings("serial")
public class SearchException extends Exception {

    public SearchException(String message) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public SearchException(String message, Throwable cause) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
