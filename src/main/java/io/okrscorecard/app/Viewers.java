package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** The logged-in viewer every read of OKR data needs. */
final class Viewers {
    private Viewers() {}

    /** Whether the viewer may browse an issue, asking Jira once per issue. */
    static Predicate<IssueId> browsableBy(AccessControl access, Viewer viewer) {
        Map<IssueId, Boolean> answers = new HashMap<>();
        return issue -> answers.computeIfAbsent(issue, id -> access.canBrowse(viewer, id));
    }

    static Viewer require(AccessControl access) {
        return access.currentViewer().orElseThrow(() -> new AccessDeniedException("log in to see OKRs", true));
    }
}
