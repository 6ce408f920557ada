// Shim of com.atlassian.jira.bc.project.component.ProjectComponent; source:
// https://docs.atlassian.com/jira/6.3.1/com/atlassian/jira/bc/project/component/ProjectComponent.html (@PublicApi
// interface, "String getName()"); used as ProjectComponent::getName on Issue.getComponents() by RanyaLouhaichi/p
// src/main/java/com/jurix/ai/rest/SmartSuggestionsController.java (jira-api 8.20.0); Jira 10.0.0 keeps
// Collection<ProjectComponent> Issue.getComponents() (atlassian-labs/atlassian-slack-integration-server at 5e676f6,
// SlackMessageResource.java); subset
package com.atlassian.jira.bc.project.component;

public interface ProjectComponent {

    String getName();
}
