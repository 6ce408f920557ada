// Shim of com.atlassian.sal.api.user.UserManager; source:
// https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/sal/confluence/user/SetupUserManager.html
// (implements the SAL interface; subset of members, HttpServletRequest overloads omitted)
package com.atlassian.sal.api.user;

public interface UserManager {

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
