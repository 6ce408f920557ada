// Shim of com.atlassian.sal.api.ApplicationProperties; source: SAL sal-api
// src/main/java/com/atlassian/sal/api/ApplicationProperties.java (interface, since SAL 2.0) and
// https://docs.atlassian.com/atlassian-confluence/5.7/com/atlassian/confluence/api/impl/sal/ConfluenceApplicationProperties.html
// ("String getBaseUrl(com.atlassian.sal.api.UrlMode urlMode)", specified by the interface); Jira's own
// com.atlassian.jira.sal.JiraApplicationProperties implements it (subset of members)
package com.atlassian.sal.api;

public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
