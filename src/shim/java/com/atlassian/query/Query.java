// Shim of com.atlassian.query.Query; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/builder/JqlQueryBuilder.html (interface returned by
// buildQuery(); no members needed)
package com.atlassian.query;

public interface Query {}
