// Shim of com.atlassian.jira.permission.GlobalPermissionKey; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html (final class, no public
// constructor; subset: of(String)/getKey() omitted; constants not compile-time constants, so null here: the real values
// load at runtime)
package com.atlassian.jira.permission;

public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = null;

    public static final GlobalPermissionKey SYSTEM_ADMIN = null;

    private GlobalPermissionKey() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
