// Shim of com.atlassian.jira.security.GlobalPermissionManager; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/security/GlobalPermissionManager.html (interface; subset)
// UNVERIFIED: page not in the stored corpus; signature from the project's research notes
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
