// Shim of com.atlassian.jira.security.groups.GroupManager; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html (interface; subset);
// isUserInGroup(ApplicationUser, String) as called by dmytr0/jira-employee-list EmployeesViewAction.java
// (ComponentAccessor.getGroupManager().isUserInGroup(loggedInUser, "hr360"))
package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

public interface GroupManager {

    boolean isUserInGroup(ApplicationUser user, String groupname);
}
