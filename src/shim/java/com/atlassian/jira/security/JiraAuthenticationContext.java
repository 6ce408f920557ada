// Shim of com.atlassian.jira.security.JiraAuthenticationContext; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/security/JiraAuthenticationContext.html (interface; subset)
// and the
// public Jira source of the interface (void setLoggedInUser(ApplicationUser))
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    void setLoggedInUser(ApplicationUser user);
}
