// Shim of com.atlassian.jira.component.ComponentAccessor; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/component/ComponentAccessor.html (class; only static <T> T
// getComponent(Class<T>); constructors omitted, private one declared)
// UNVERIFIED: page not in the stored corpus; getComponent(Class<T>) as widely used by public plugins
package com.atlassian.jira.component;

public class ComponentAccessor {

    private ComponentAccessor() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static <T> T getComponent(Class<T> componentClass) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
