// Shim of com.atlassian.jira.issue.label.Label; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/label/Label.html (class; only getLabel() declared,
// added
// beyond the brief for label-to-perspective mapping; its public constructors are omitted, hence the private one)
// UNVERIFIED: page not in the stored corpus; class with String getLabel() assumed
package com.atlassian.jira.issue.label;

public class Label {

    private Label() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getLabel() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
