// Shim of com.atlassian.sal.api.user.UserProfile; source:
// https://docs.atlassian.com/ConfluenceServer/javadoc/7.18.2/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html (implements the SAL interface; subset of members)
package com.atlassian.sal.api.user;

public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();
}
