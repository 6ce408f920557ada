package io.okrscorecard.core.port;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.port.AccessControl.Viewer;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Jira's saved filters, which a dashboard gadget may take as its scope. */
public interface SavedFilters {

    /**
     * The keys among {@code candidates} that saved filter {@code filterId} finds when {@code viewer} runs it; empty when
     * there is no such filter or the viewer may not see it (the two are not told apart, as Jira does not).
     */
    Optional<Set<IssueKey>> matching(Viewer viewer, long filterId, Collection<IssueKey> candidates);
}
