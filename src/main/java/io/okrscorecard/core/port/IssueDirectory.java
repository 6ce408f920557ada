package io.okrscorecard.core.port;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.settings.HostObject;
import java.util.Optional;

/**
 * Finds issues by key (REST paths name objectives and key results by their issue key), and tells how Jira's issue
 * search names the app's links (the searches the app offers are JQL).
 */
public interface IssueDirectory {

    /** The id of the issue with this key, empty when there is none. Says nothing about who may see it. */
    Optional<IssueId> idOf(IssueKey key);

    /**
     * The current inward description of the link type playing this role, as the link's destination reads it (e.g.
     * "has contribution from" on a key result); empty when the link type is not recorded or no longer exists.
     */
    Optional<String> inwardDescription(HostObject linkType);
}
