// Shim of com.atlassian.jira.security.plugin.ProjectPermissionKey; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/security/plugin/ProjectPermissionKey.html (final class,
// public
// ProjectPermissionKey(String) constructor; no methods needed)
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {

    public ProjectPermissionKey(String permissionKey) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
