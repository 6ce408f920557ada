package io.okrscorecard.jira.permissions;

import static io.okrscorecard.jira.JiraIssues.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.jira.permissions.IssueVisibility.VisibleIssues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.Test;

public class IssueVisibilityTest {
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final ApplicationUser viewer = mock(ApplicationUser.class);
    private final IssueVisibility visibility = new IssueVisibility(permissions, globalPermissions, issues);

    private final Issue secret = issue(1, "HR-1").summary("Salary review");
    private final Issue open = issue(2, "DEV-2").summary("Ship the API");
    private final Issue alsoSecret = issue(3, "HR-3").summary("Layoff plan");

    @Test
    public void viewerWithoutBrowsePermissionSeesOnlyAHiddenCountNeverKeysOrSummaries() {
        loads(secret, alsoSecret);

        VisibleIssues result = visibility.filter(List.of(IssueId.of(1), IssueId.of(3)), viewer);

        assertEquals(List.of(), result.visible());
        assertEquals(2, result.hidden());
        assertFalse(result.toString().contains("HR-"));
        assertFalse(result.toString().contains("Salary"));
    }

    @Test
    public void listsKeepTheBrowsableIssuesInOrderAndCountTheOthers() {
        loads(alsoSecret, open, secret);
        when(permissions.hasPermission(any(), eq(open), eq(viewer))).thenReturn(true);

        VisibleIssues result = visibility.filter(List.of(IssueId.of(3), IssueId.of(2), IssueId.of(1)), viewer);

        assertEquals(
                List.of("DEV-2"),
                result.visible().stream().map(v -> v.key().value()).toList());
        assertEquals(2, result.hidden());
    }

    @Test
    public void deletedIssuesAreNeitherShownNorCounted() {
        loads(open);
        when(permissions.hasPermission(any(), eq(open), eq(viewer))).thenReturn(true);

        VisibleIssues result = visibility.filter(List.of(IssueId.of(2), IssueId.of(404)), viewer);

        assertEquals(1, result.visible().size());
        assertEquals(0, result.hidden());
    }

    @Test
    public void canBrowseAsksForBrowseProjectsOnTheIssue() {
        when(permissions.hasPermission(any(), eq(open), eq(viewer))).thenReturn(true);

        assertTrue(visibility.canBrowse(open, viewer));
        assertFalse(visibility.canBrowse(secret, viewer));
        assertFalse(visibility.canBrowse(null, viewer));
    }

    @Test
    public void onlyJiraAdministratorsAreAdmins() {
        ApplicationUser admin = mock(ApplicationUser.class);
        when(globalPermissions.hasPermission(any(), eq(admin))).thenReturn(true);

        assertTrue(visibility.isAdmin(admin));
        assertFalse(visibility.isAdmin(viewer));
        assertFalse(visibility.isAdmin(null));
    }

    @Test
    public void issuesAreLoadedAtMostAThousandAtATime() {
        List<Integer> batchSizes = new ArrayList<>();
        when(issues.getIssueObjects(anyCollection())).thenAnswer(i -> {
            batchSizes.add(i.<Collection<?>>getArgument(0).size());
            return List.of();
        });
        List<IssueId> ids = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            ids.add(IssueId.of(i));
        }

        visibility.filter(ids, viewer);

        assertEquals(List.of(1000, 1000, 500), batchSizes);
    }

    private void loads(Issue... found) {
        when(issues.getIssueObjects(anyCollection())).thenReturn(List.of(found));
    }
}
