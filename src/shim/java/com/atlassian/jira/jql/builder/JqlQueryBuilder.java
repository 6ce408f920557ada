// Shim of com.atlassian.jira.jql.builder.JqlQueryBuilder; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/builder/JqlQueryBuilder.html (class; static
// newBuilder(), where(), buildQuery(); subset; no public constructor)
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

public class JqlQueryBuilder {

    private JqlQueryBuilder() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JqlQueryBuilder newBuilder() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    // source: public plugins narrowing a saved filter with
    // JqlQueryBuilder.newBuilder(myFilter.getQuery()).where().and().issueType(id).buildQuery(); Jira API docs
    // "static JqlQueryBuilder newBuilder(Query existingQuery)": a builder initialised with the query's clauses
    public static JqlQueryBuilder newBuilder(Query existingQuery) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Query buildQuery() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
