// Shim of com.atlassian.jira.permission.ProjectPermissions; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (class; subset of the
// public static final ProjectPermissionKey fields; not compile-time constants, so null here: the real values load at
// runtime)
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = null;

    public static final ProjectPermissionKey EDIT_ISSUES = null;

    public static final ProjectPermissionKey LINK_ISSUES = null;

    public ProjectPermissions() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
