package io.okrscorecard.core.port;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.ValidationException;
import java.util.Optional;

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

    /** EDIT_ISSUES on the issue. */
    boolean canEdit(Viewer viewer, IssueId issue);
}
