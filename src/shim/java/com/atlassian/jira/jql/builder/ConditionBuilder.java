// Shim of com.atlassian.jira.jql.builder.ConditionBuilder; source:
// https://docs.atlassian.com/jira/4.0/com/atlassian/jira/jql/builder/package-summary.html and the public Jira source of
// the
// interface (JqlClauseBuilder eq(String), in(String...), in(Long...); subset)
package com.atlassian.jira.jql.builder;

public interface ConditionBuilder {

    JqlClauseBuilder eq(String value);

    JqlClauseBuilder in(String... values);

    JqlClauseBuilder in(Long... values);

    // source: Jira's ConditionBuilder interface, "JqlClauseBuilder gtEq(String value)" (name >= "value") and
    // "JqlClauseBuilder lt(String value)" (name < "value"), package
    // https://docs.atlassian.com/jira/4.0/com/atlassian/jira/jql/builder/package-summary.html ; gtEq(String) with a
    // formatted date on created() in mailru/jira-plugins-mrimsender CalendarEventService
    JqlClauseBuilder gtEq(String value);

    JqlClauseBuilder lt(String value);
}
