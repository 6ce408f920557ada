// Shim of com.atlassian.jira.jql.builder.JqlClauseBuilder; source:
// https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/jql/builder/JqlClauseBuilder.html and the public Jira source
// of
// the interface (endWhere, buildQuery, and, field(String), customField(Long), issue(String...); subset)
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

public interface JqlClauseBuilder {

    JqlQueryBuilder endWhere();

    Query buildQuery();

    JqlClauseBuilder and();

    JqlClauseBuilder issue(String... keys);

    ConditionBuilder field(String jqlName);

    // source: Semmle/lgtm-jira-addon JiraUtils (builder.where().project(id).and().issueType(issueType.getName()))
    JqlClauseBuilder issueType(String... types);

    ConditionBuilder customField(Long id);

    // source: Jira's JqlClauseBuilder interface, "ConditionBuilder created()" (a condition on the issue's creation
    // date), https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/jql/builder/JqlClauseBuilder.html ; called as
    // jcb.created().gtEq(formattedDate) in mailru/jira-plugins-mrimsender CalendarEventService (built against Jira 8+)
    ConditionBuilder created();
}
