package io.okrscorecard.core.port;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.work.WorkGraph;
import java.util.Collection;

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
}
