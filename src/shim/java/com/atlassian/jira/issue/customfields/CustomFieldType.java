// Shim of com.atlassian.jira.issue.customfields.CustomFieldType; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldType.html (generic interface
// CustomFieldType<T, S>; no members needed)
// UNVERIFIED: page not in the stored corpus; interface-ness and <T, S> from memory
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType<T, S> {

    // source: public plugins comparing field.getCustomFieldType().getKey() with a type key (scnsoft-worklog-plugin)
    String getKey();
}
