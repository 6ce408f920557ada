// Shim of com.atlassian.jira.jql.builder.ConditionBuilder; source:
// https://docs.atlassian.com/jira/4.0/com/atlassian/jira/jql/builder/package-summary.html and the public Jira source of
// the
// interface (JqlClauseBuilder eq(String), in(String...), in(Long...); subset)
package com.atlassian.jira.jql.builder;

public interface ConditionBuilder {

    JqlClauseBuilder eq(String value);

    JqlClauseBuilder in(String... values);

    JqlClauseBuilder in(Long... values);
}
