// Shim of com.atlassian.sal.api.UrlMode; source: the enum ApplicationProperties#getBaseUrl(UrlMode) takes, as used by
// public plugins with getBaseUrl(UrlMode.RELATIVE) (the context path, e.g. "/jira") and UrlMode.ABSOLUTE. Subset of the
// constants: the app names RELATIVE (the issue panel) and ABSOLUTE (links in the digest mail).
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE,
    RELATIVE
}
