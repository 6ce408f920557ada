// Shim of com.atlassian.jira.user.util.UserManager; source: public plugins calling
// ComponentAccessor.getUserManager().getUserByKey(key) and assigning the result to ApplicationUser (e.g. jirban's
// JiraInjectables.getJiraUserManager().getUserByKey(key)); interface; subset
// UNVERIFIED: javadoc page not in the stored corpus; interface-ness assumed (Jira's @PublicApi UserManager)
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {

    ApplicationUser getUserByKey(String userKey);
}
