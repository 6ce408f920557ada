// Shim of com.atlassian.jira.issue.label.Label; source: Jira's own source of the class (public code index, "@PublicApi
// public final class Label", "public String getLabel()", since 4.2); used as Label::getLabel on Issue.getLabels() by
// RanyaLouhaichi/p src/main/java/com/jurix/ai/rest/SmartSuggestionsController.java (jira-api 8.20.0); Jira 10.0.0 keeps
// Set<Label> Issue.getLabels() (atlassian-labs/atlassian-slack-integration-server at 5e676f6,
// SlackMessageResource.java);
// subset: the public constructors are omitted
package com.atlassian.jira.issue.label;

public final class Label {

    private Label() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getLabel() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
