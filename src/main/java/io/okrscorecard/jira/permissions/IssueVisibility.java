package io.okrscorecard.jira.permissions;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Who may see what: an issue is shown only to users with Browse Projects on it, admin functions need Jira
 * Administrator. Lists of issues are cut to the visible ones plus a count of the hidden ones, which carries no key,
 * summary or id.
 */
public final class IssueVisibility {

    private static final int CHUNK = 1000;

    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final IssueManager issues;

    public IssueVisibility(
            PermissionManager permissions, GlobalPermissionManager globalPermissions, IssueManager issues) {
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
        this.issues = issues;
    }

    /** One issue the viewer may see. */
    public record VisibleIssue(IssueId id, IssueKey key, String summary) {}

    /**
     * The issues of a list the viewer may browse, in the list's order, and how many others exist that the viewer
     * cannot see ("N more issues you cannot see"). Deleted issues are in neither.
     */
    public record VisibleIssues(List<VisibleIssue> visible, int hidden) {
        public VisibleIssues {
            visible = List.copyOf(visible);
            if (hidden < 0) {
                throw new IllegalArgumentException("hidden must be >= 0, was " + hidden);
            }
        }
    }

    /** True when the user may browse the issue; anonymous users may when the project allows it. */
    public boolean canBrowse(Issue issue, ApplicationUser user) {
        return issue != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
    }

    /** True for Jira administrators (and system administrators, who hold the Administer permission too). */
    public boolean isAdmin(ApplicationUser user) {
        return user != null && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }

    /** Cuts a list of issue ids to what the viewer may browse; issues are loaded 1,000 at a time. */
    public VisibleIssues filter(Collection<IssueId> ids, ApplicationUser viewer) {
        List<Long> distinct = new ArrayList<>();
        for (IssueId id : new LinkedHashSet<>(ids)) {
            distinct.add(id.value());
        }
        Map<Long, VisibleIssue> visibleById = new HashMap<>();
        int hidden = 0;
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Issue> loaded =
                    issues.getIssueObjects(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
            if (loaded == null) {
                continue;
            }
            for (Issue issue : loaded) {
                if (issue == null) {
                    continue;
                }
                if (canBrowse(issue, viewer)) {
                    visibleById.put(
                            issue.getId(),
                            new VisibleIssue(
                                    IssueId.of(issue.getId()), IssueKey.of(issue.getKey()), issue.getSummary()));
                } else {
                    hidden++;
                }
            }
        }
        List<VisibleIssue> visible = new ArrayList<>();
        for (Long id : distinct) {
            VisibleIssue issue = visibleById.get(id);
            if (issue != null) {
                visible.add(issue);
            }
        }
        return new VisibleIssues(visible, hidden);
    }
}
