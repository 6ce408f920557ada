// Shim of com.atlassian.jira.issue.link.IssueLinkType; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html and the public Jira
// source
// of the interface (interface extends OfBizValueWrapper, Comparable<IssueLinkType>; super-interfaces omitted; subset)
package com.atlassian.jira.issue.link;

public interface IssueLinkType {

    Long getId();

    String getName();

    String getOutward();

    String getInward();
}
