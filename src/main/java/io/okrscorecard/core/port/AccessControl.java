package io.okrscorecard.core.port;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.ValidationException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Who is asking, and what they may see and do (Jira's permissions behind a seam). */
public interface AccessControl {

    /** A logged-in Jira user, identified by the stable user key. */
    record Viewer(String userKey) {
        public Viewer {
            ValidationException.requireText(userKey, "viewer");
        }
    }

    /** The user of the current request or job, empty for anonymous access. */
    Optional<Viewer> currentViewer();

    /** Jira administrator (global ADMINISTER permission). */
    boolean isAdministrator(Viewer viewer);

    /** BROWSE_PROJECTS on the issue's project (and issue security). */
    boolean canBrowse(Viewer viewer, IssueId issue);

    /**
     * The issues among {@code issues} the viewer may browse ({@link #canBrowse}). Adapters over Jira load the issues
     * in chunks rather than one by one; this default asks issue by issue.
     */
    default Set<IssueId> browsable(Viewer viewer, Collection<IssueId> issues) {
        Set<IssueId> browsable = new HashSet<>();
        for (IssueId issue : issues) {
            if (canBrowse(viewer, issue)) {
                browsable.add(issue);
            }
        }
        return browsable;
    }

    /** EDIT_ISSUES on the issue. */
    boolean canEdit(Viewer viewer, IssueId issue);

    /** Member of the Jira group (directly or through a nested group); false for a group Jira does not know. */
    boolean isInGroup(Viewer viewer, String group);
}
