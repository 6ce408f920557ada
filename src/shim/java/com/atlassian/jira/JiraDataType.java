// Shim of com.atlassian.jira.JiraDataType; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/JiraDataType.html
// (interface; JqlFunction.getDataType() returns it); marker only here
package com.atlassian.jira;

public interface JiraDataType {}
