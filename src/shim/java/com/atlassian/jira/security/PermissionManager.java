// Shim of com.atlassian.jira.security.PermissionManager; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html (interface; subset)
// UNVERIFIED: the hasPermission overloads were cut off in the stored page (they are in the project's research notes)
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
