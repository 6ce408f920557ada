// Shim of com.atlassian.sal.api.user.UserManager; source:
// https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/sal/confluence/user/SetupUserManager.html
// (implements the SAL interface; subset of members); getRemoteUserKey(HttpServletRequest): SAL sal-api UserManager
// ("@Nullable UserKey getRemoteUserKey(HttpServletRequest request)", since SAL 2.10), as Confluence and Jira implement
// it
package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

public interface UserManager {

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
