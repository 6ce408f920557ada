// Shim of com.atlassian.jira.bc.JiraServiceContextImpl; source: public plugins constructing
// new JiraServiceContextImpl(user) with an ApplicationUser for SearchRequestService.getFilter;
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/JiraServiceContextImpl.html
// (public class implementing JiraServiceContext; constructor (ApplicationUser); subset)
package com.atlassian.jira.bc;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public class JiraServiceContextImpl implements JiraServiceContext {

    public JiraServiceContextImpl(ApplicationUser user) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
