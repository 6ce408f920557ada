package io.okrscorecard.jira.permissions;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.port.AccessControl;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Jira's users and permissions behind the {@link AccessControl} seam the use cases check. */
public final class JiraAccessControl implements AccessControl {

    private final JiraAuthenticationContext authentication;
    private final UserManager users;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final IssueVisibility visibility;
    private final GroupManager groups;

    public JiraAccessControl(
            JiraAuthenticationContext authentication,
            UserManager users,
            IssueManager issues,
            PermissionManager permissions,
            IssueVisibility visibility,
            GroupManager groups) {
        this.authentication = authentication;
        this.users = users;
        this.issues = issues;
        this.permissions = permissions;
        this.visibility = visibility;
        this.groups = groups;
    }

    @Override
    public Optional<Viewer> currentViewer() {
        ApplicationUser user = authentication.getLoggedInUser();
        return user == null || user.getKey() == null ? Optional.empty() : Optional.of(new Viewer(user.getKey()));
    }

    @Override
    public boolean isAdministrator(Viewer viewer) {
        return visibility.isAdmin(user(viewer));
    }

    @Override
    public boolean canBrowse(Viewer viewer, IssueId issue) {
        ApplicationUser user = user(viewer);
        return user != null && visibility.canBrowse(issues.getIssueObject(issue.value()), user);
    }

    /** The issues loaded 1,000 at a time ({@link IssueVisibility#filter}), not one by one. */
    @Override
    public Set<IssueId> browsable(Viewer viewer, Collection<IssueId> issues) {
        ApplicationUser user = user(viewer);
        if (user == null) {
            return Set.of();
        }
        Set<IssueId> browsable = new HashSet<>();
        visibility.filter(issues, user).visible().forEach(issue -> browsable.add(issue.id()));
        return browsable;
    }

    @Override
    public boolean canEdit(Viewer viewer, IssueId issue) {
        ApplicationUser user = user(viewer);
        Issue found = user == null ? null : issues.getIssueObject(issue.value());
        return found != null && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, found, user);
    }

    /** Jira's group membership, nested groups included. */
    @Override
    public boolean isInGroup(Viewer viewer, String group) {
        ApplicationUser user = user(viewer);
        return user != null && group != null && !group.isBlank() && groups.isUserInGroup(user, group);
    }

    private ApplicationUser user(Viewer viewer) {
        return viewer == null ? null : users.getUserByKey(viewer.userKey());
    }
}
