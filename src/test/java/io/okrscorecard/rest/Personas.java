package io.okrscorecard.rest;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.UserDirectory;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four viewers of the access matrix: anonymous, a logged-in user without browse permission, a user with browse
 * permission on the issues they were granted (and edit permission too, unless granted read-only), and a Jira
 * administrator. Switch with {@link #actAs(Persona)}. Their user keys are the {@code JIRAUSER…} keys Jira 8 and later
 * give new users; the {@link UserDirectory} answers their display names, and a key it does not know by the key.
 */
final class Personas implements AccessControl, UserDirectory {

    enum Persona {
        ANONYMOUS(null, null),
        OUTSIDER("JIRAUSER10003", "Oscar Outsider"),
        MEMBER("JIRAUSER10002", "Mia Member"),
        ADMIN("JIRAUSER10000", "Ada Admin");

        final String userKey;
        final String displayName;

        Persona(String userKey, String displayName) {
            this.userKey = userKey;
            this.displayName = displayName;
        }
    }

    /** A Jira group: the review tests make it the reviewer group. */
    static final String REVIEWERS = "okr-reviewers";

    private volatile Persona current = Persona.ADMIN;
    private volatile boolean memberReviews;
    private final Map<Persona, String> renamed = new ConcurrentHashMap<>();
    private final Set<IssueId> browsableByMember = new HashSet<>();
    private final Set<IssueId> readOnlyForMember = new HashSet<>();

    void actAs(Persona persona) {
        current = persona;
    }

    /** The persona's display name from now on, as when a user changes their name in Jira. */
    void rename(Persona persona, String displayName) {
        renamed.put(persona, displayName);
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

    /** The member is in the group {@value #REVIEWERS} once {@link #putMemberInReviewers} was called; nobody else. */
    @Override
    public boolean isInGroup(Viewer viewer, String group) {
        return memberReviews && REVIEWERS.equals(group) && Persona.MEMBER.userKey.equals(viewer.userKey());
    }

    /** The member joins the Jira group {@value #REVIEWERS}. */
    void putMemberInReviewers() {
        memberReviews = true;
    }

    @Override
    public Person person(String userKey) {
        for (Persona persona : Persona.values()) {
            if (userKey.equals(persona.userKey)) {
                return new Person(persona.userKey, renamed.getOrDefault(persona, persona.displayName));
            }
        }
        return Person.unknown(userKey);
    }
}
