// Shim of com.atlassian.jira.bc.project.component.ProjectComponent; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/project/component/ProjectComponent.html (interface; only
// getName() declared, added beyond the brief for component-to-perspective mapping)
// UNVERIFIED: page not in the stored corpus; interface with getName() assumed
package com.atlassian.jira.bc.project.component;

public interface ProjectComponent {

    String getName();
}
