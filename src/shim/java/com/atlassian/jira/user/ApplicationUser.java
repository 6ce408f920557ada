// Shim of com.atlassian.jira.user.ApplicationUser; source:
// https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (interface) and
// https://docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html (Long getId());
// isActive() and getEmailAddress(): same 7.0.0 interface page; subset
package com.atlassian.jira.user;

public interface ApplicationUser {

    String getKey();

    String getUsername();

    String getDisplayName();

    Long getId();

    boolean isActive();

    String getEmailAddress();
}
