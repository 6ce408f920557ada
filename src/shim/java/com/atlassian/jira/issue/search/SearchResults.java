// Shim of com.atlassian.jira.issue.search.SearchResults; source: public plugins built against Jira 8+ call
// List<Issue> getResults() and int getTotal() on SearchResults<Issue> (e.g. cures-hub/cures-condec-jira); class.
// UNVERIFIED: getStart()/getMax() (int) taken from the Jira 7 SearchResults javadoc, not seen for Jira 8+; constructors
// omitted (private one declared)
package com.atlassian.jira.issue.search;

import java.util.List;

public class SearchResults<T> {

    private SearchResults() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public List<T> getResults() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public int getStart() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public int getMax() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
