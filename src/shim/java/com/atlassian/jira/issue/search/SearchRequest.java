// Shim of com.atlassian.jira.issue.search.SearchRequest; source: public plugins reading a saved filter's query with
// searchRequest.getQuery() and copying it with JqlQueryBuilder.newBuilder(filter.getQuery()).where().and()...;
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/search/SearchRequest.html
// (public class; Query getQuery(); subset, constructors omitted)
package com.atlassian.jira.issue.search;

import com.atlassian.query.Query;

public class SearchRequest {

    protected SearchRequest() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Query getQuery() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
