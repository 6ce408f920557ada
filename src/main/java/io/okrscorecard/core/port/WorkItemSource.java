package io.okrscorecard.core.port;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.Collection;
import java.util.Map;

/**
 * Reads the work of key results from Jira: their "contributes to" links, the linked issues and the
 * children of linked epics (Epic Link), as snapshots. Implementations batch their queries (IN lists
 * of at most 1,000 ids), never one query per issue.
 */
public interface WorkItemSource {

    /**
     * A graph holding the links of {@code keyResults}, every issue their work sets are built from, and every other
     * "contributes to" link of those issues (so the explanation can list items shared with other key results).
     */
    WorkGraph workFor(Collection<KeyResultId> keyResults);

    /**
     * The current snapshots of these issues, read the same way as {@link #workFor} reads them, in O(1) bounded
     * queries (at most 1,000 ids per query), never one per issue. Issues that no longer exist, or that the app cannot
     * see, are absent from the result. Used to apply an issue event to a key result's kept work state without reading
     * the rest of its work again.
     */
    Map<IssueId, WorkItem> items(Collection<IssueId> issues);
}
