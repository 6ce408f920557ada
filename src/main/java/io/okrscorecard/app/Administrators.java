package io.okrscorecard.app;

import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;

/**
 * The in-code check behind every admin operation, in addition to the REST access annotation: configuration is
 * changed by Jira administrators only.
 */
public final class Administrators {
    private final AccessControl access;

    public Administrators(AccessControl access) {
        this.access = access;
    }

    /** The current viewer, if a Jira administrator; else an {@link AccessDeniedException}. */
    public Viewer require() {
        Viewer viewer = Viewers.require(access);
        if (!access.isAdministrator(viewer)) {
            throw new AccessDeniedException("only Jira administrators may configure OKR Scorecard", false);
        }
        return viewer;
    }
}
