// Shim of com.atlassian.jira.issue.link.IssueLinkTypeManager; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html (interface; subset)
package com.atlassian.jira.issue.link;

import java.util.Collection;

public interface IssueLinkTypeManager {

    void createIssueLinkType(String name, String outward, String inward, String style);

    IssueLinkType getIssueLinkType(Long id);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);

    Collection<IssueLinkType> getIssueLinkTypes(boolean excludeSystemLinks);
}
