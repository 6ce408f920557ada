// Shim of com.atlassian.jira.project.Project; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/project/Project.html (interface; subset)
// UNVERIFIED: interface page not in the stored corpus; getters as widely used by public plugins
package com.atlassian.jira.project;

public interface Project {

    String getKey();
}
