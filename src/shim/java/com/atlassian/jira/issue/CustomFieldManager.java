// Shim of com.atlassian.jira.issue.CustomFieldManager; source:
// https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (interface; subset; raw
// CustomFieldType written as CustomFieldType<?, ?>, same erasure)
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

public interface CustomFieldManager {

    CustomField createCustomField(
            String fieldName,
            String description,
            CustomFieldType<?, ?> fieldType,
            CustomFieldSearcher customFieldSearcher,
            List<JiraContextNode> contexts,
            List<IssueType> issueTypes)
            throws GenericEntityException;

    CustomField getCustomFieldObject(Long id);

    CustomField getCustomFieldObject(String id);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    // source: scnsoft-worklog-plugin (List<CustomField> customFields = cfManager.getCustomFieldObjects(), then
    // field.getCustomFieldType().getKey())
    List<CustomField> getCustomFieldObjects();

    CustomFieldType<?, ?> getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);
}
