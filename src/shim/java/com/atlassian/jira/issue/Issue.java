// Shim of com.atlassian.jira.issue.Issue; source:
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (interface, Jira 7+ object-returning
// getters:
// getAssignee() ApplicationUser, getComponents() Collection<ProjectComponent>, getCustomFieldValue; subset)
// UNVERIFIED: the stored page was cut off after getGenericValue(); getSummary, getOriginalEstimate,
// getParentId, isSubTask, getLabels, getProjectId, getReporter not seen there
package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;

public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();

    Status getStatus();

    Resolution getResolution();

    Object getCustomFieldValue(CustomField customField);

    Project getProjectObject();

    Long getProjectId();

    Long getOriginalEstimate();

    Long getParentId();

    boolean isSubTask();

    Set<Label> getLabels();

    Collection<ProjectComponent> getComponents();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    // source: public plugins' Issue implementations and mocks ("public Timestamp getCreated()",
    // "public Timestamp getResolutionDate()" returning java.sql.Timestamp, beside getUpdated())
    Timestamp getCreated();

    Timestamp getResolutionDate();
}
