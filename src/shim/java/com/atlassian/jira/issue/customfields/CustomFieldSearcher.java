// Shim of com.atlassian.jira.issue.customfields.CustomFieldSearcher; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldSearcher.html (interface; no
// members needed)
// UNVERIFIED: page not in the stored corpus; interface-ness from memory
package com.atlassian.jira.issue.customfields;

public interface CustomFieldSearcher {}
