// Shim of com.atlassian.sal.api.user.UserKey; source:
// https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html (public final class
// implements Serializable)
package com.atlassian.sal.api.user;

import java.io.Serializable;

public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public UserKey(String userkey) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
