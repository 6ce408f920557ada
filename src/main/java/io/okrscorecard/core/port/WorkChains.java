package io.okrscorecard.core.port;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.work.WorkChain;

/**
 * Reads one work item's {@link WorkChain} from Jira: the item, the items above it and their "contributes to" links, in
 * a few bounded queries (one per step upward, one for the links, a count of children for an epic), never by reading a
 * key result's work set. Reads as the app, whatever the viewer may browse: the use case filters what it shows.
 */
public interface WorkChains {

    /** The chain of the issue; empty (no items) when it does not exist. */
    WorkChain chainOf(IssueId issue);
}
