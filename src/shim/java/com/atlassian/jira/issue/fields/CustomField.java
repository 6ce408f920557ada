// Shim of com.atlassian.jira.issue.fields.CustomField; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/fields/CustomField.html and the public Jira source of
// the
// interface (getId()/getName() come from the Field super-interface in the real API; subset)
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

public interface CustomField {

    String getId();

    String getName();

    Long getIdAsLong();

    String getFieldName();

    FieldConfig getRelevantConfig(Issue issue);

    List<FieldConfigScheme> getConfigurationSchemes();

    // source: scnsoft-worklog-plugin and go2group jira-utilities (customField.getCustomFieldType().getKey()); raw
    // CustomFieldType written as CustomFieldType<?, ?>, same erasure
    CustomFieldType<?, ?> getCustomFieldType();
}
