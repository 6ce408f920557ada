package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.port.AccessControl;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access control for tests of reads: one logged-in user at a time, no administrator and editing nothing, who may
 * browse every issue but the hidden ones. A test changes {@link #viewer} and {@link #hidden} between reads.
 */
public final class BrowsingViewer implements AccessControl {
    public volatile String viewer = "pmo";
    public final Set<IssueId> hidden = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<Viewer> currentViewer() {
        return Optional.of(new Viewer(viewer));
    }

    @Override
    public boolean isAdministrator(Viewer viewer) {
        return false;
    }

    @Override
    public boolean isInGroup(Viewer viewer, String group) {
        return false;
    }

    @Override
    public boolean canBrowse(Viewer viewer, IssueId issue) {
        return !hidden.contains(issue);
    }

    @Override
    public boolean canEdit(Viewer viewer, IssueId issue) {
        return false;
    }
}
