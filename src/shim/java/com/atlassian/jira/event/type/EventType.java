// Shim of com.atlassian.jira.event.type.EventType; source:
// https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html and the public Jira source of the
// class
// (public static final Long ids; subset; public constructors omitted, private one declared)
package com.atlassian.jira.event.type;

public class EventType {

    public static final Long ISSUE_CREATED_ID = 1L;

    public static final Long ISSUE_UPDATED_ID = 2L;

    public static final Long ISSUE_RESOLVED_ID = 4L;

    public static final Long ISSUE_CLOSED_ID = 5L;

    public static final Long ISSUE_REOPENED_ID = 7L;

    public static final Long ISSUE_DELETED_ID = 8L;

    public static final Long ISSUE_MOVED_ID = 9L;

    private EventType() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
