package io.okrscorecard.core.port;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import java.util.Optional;

/** Finds issues by key (REST paths name objectives and key results by their issue key). */
public interface IssueDirectory {

    /** The id of the issue with this key, empty when there is none. Says nothing about who may see it. */
    Optional<IssueId> idOf(IssueKey key);
}
