package io.okrscorecard.rest;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.port.AccessControl;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The four viewers of the access matrix: anonymous, a logged-in user without browse permission, a user with browse
 * permission on the issues they were granted (and edit permission too, unless granted read-only), and a Jira
 * administrator. Switch with {@link #actAs(Persona)}.
 */
final class Personas implements AccessControl {

    enum Persona {
        ANONYMOUS(null),
        OUTSIDER("outsider"),
        MEMBER("member"),
        ADMIN("admin");

        final String userKey;

        Persona(String userKey) {
            this.userKey = userKey;
        }
    }

    private volatile Persona current = Persona.ADMIN;
    private final Set<IssueId> browsableByMember = new HashSet<>();
    private final Set<IssueId> readOnlyForMember = new HashSet<>();

    void actAs(Persona persona) {
        current = persona;
    }

    void letMemberBrowse(IssueId issue) {
        browsableByMember.add(issue);
    }

    /** The member may browse the issue but not edit it (Browse Projects without Edit Issues). */
    void letMemberOnlyBrowse(IssueId issue) {
        browsableByMember.add(issue);
        readOnlyForMember.add(issue);
    }

    @Override
    public Optional<Viewer> currentViewer() {
        return current.userKey == null ? Optional.empty() : Optional.of(new Viewer(current.userKey));
    }

    @Override
    public boolean isAdministrator(Viewer viewer) {
        return Persona.ADMIN.userKey.equals(viewer.userKey());
    }

    @Override
    public boolean canBrowse(Viewer viewer, IssueId issue) {
        return isAdministrator(viewer)
                || (Persona.MEMBER.userKey.equals(viewer.userKey()) && browsableByMember.contains(issue));
    }

    @Override
    public boolean canEdit(Viewer viewer, IssueId issue) {
        return canBrowse(viewer, issue)
                && !(Persona.MEMBER.userKey.equals(viewer.userKey()) && readOnlyForMember.contains(issue));
    }
}
