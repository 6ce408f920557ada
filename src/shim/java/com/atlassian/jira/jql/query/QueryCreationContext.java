// Shim of com.atlassian.jira.jql.query.QueryCreationContext; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/query/QueryCreationContext.html (@PublicApi interface;
// ApplicationUser getApplicationUser(), boolean isSecurityOverriden()); subset
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

public interface QueryCreationContext {
    ApplicationUser getApplicationUser();

    boolean isSecurityOverriden();
}
