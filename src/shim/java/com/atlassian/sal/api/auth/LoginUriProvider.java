// Shim of com.atlassian.sal.api.auth.LoginUriProvider; source: SAL sal-api
// src/main/java/com/atlassian/sal/api/auth/LoginUriProvider.java ("URI getLoginUri(URI returnUri)", since 2.0) and
// Jira's SeraphLoginUriProvider, which implements it (subset of members)
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
