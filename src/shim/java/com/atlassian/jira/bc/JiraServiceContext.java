// Shim of com.atlassian.jira.bc.JiraServiceContext; source: public plugins reading
// serviceContext.getErrorCollection().hasAnyErrors() after SearchRequestService.getFilter;
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/JiraServiceContext.html
// (interface; ErrorCollection getErrorCollection(); subset)
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public interface JiraServiceContext {

    ErrorCollection getErrorCollection();
}
