// Shim of com.atlassian.jira.issue.customfields.CustomFieldType; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/CustomFieldType.html and
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/customfields/CustomFieldType.html ("@PublicApi
// @PublicSpi public interface CustomFieldType<T,S>"; "two special conversion methods (getSingularObjectFromString
// & getStringFromSingularObject) act on the Singular Object level"; subset)
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType<T, S> {

    // source: public plugins comparing field.getCustomFieldType().getKey() with a type key (scnsoft-worklog-plugin)
    String getKey();

    // source: the latest javadoc above: String getStringFromSingularObject(S singularObject) (erasure: Object)
    String getStringFromSingularObject(S singularObject);
}
