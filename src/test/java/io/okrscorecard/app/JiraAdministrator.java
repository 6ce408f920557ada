package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.port.AccessControl;
import java.util.Optional;

/** Access control for tests of administrative actions: a Jira administrator who may browse and edit everything. */
final class JiraAdministrator implements AccessControl {
    @Override
    public Optional<Viewer> currentViewer() {
        return Optional.of(new Viewer("JIRAUSER10000"));
    }

    @Override
    public boolean isAdministrator(Viewer viewer) {
        return true;
    }

    @Override
    public boolean canBrowse(Viewer viewer, IssueId issue) {
        return true;
    }

    @Override
    public boolean canEdit(Viewer viewer, IssueId issue) {
        return true;
    }

    @Override
    public boolean isInGroup(Viewer viewer, String group) {
        return false;
    }
}
