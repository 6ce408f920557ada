// Shim of com.atlassian.jira.icon.IconType; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/icon/IconType.html (@ExperimentalApi class, static final
// IconType ISSUE_TYPE_ICON_TYPE); the constant is used by testit-tms/jira-plugin (jira-api 11.3.6 and 8.20.30), the
// class by atlassian-labs/atlassian-slack-integration-server at 5e676f6 (Jira 10.0.0: IconType.PROJECT_ICON_TYPE);
// subset, no public constructor declared
package com.atlassian.jira.icon;

public class IconType {

    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType();

    private IconType() {}
}
