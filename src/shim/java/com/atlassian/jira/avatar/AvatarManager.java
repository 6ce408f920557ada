// Shim of com.atlassian.jira.avatar.AvatarManager; source: testit-tms/jira-plugin
// src/main/java/testIT/jira/testcase/TestCaseIssueType.java (built against jira-api 11.3.6 and, ported, 8.20.30) calls
// Long getDefaultAvatarId(IconType) with IconType.ISSUE_TYPE_ICON_TYPE; cures-hub/cures-condec-jira's MockAvatarManager
// (Jira 8.20) implements the interface with it;
// docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/avatar/AvatarManager.html (@PublicApi interface;
// subset)
package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

public interface AvatarManager {

    Long getDefaultAvatarId(IconType iconType);
}
