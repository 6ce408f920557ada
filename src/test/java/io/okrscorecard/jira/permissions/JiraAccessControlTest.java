package io.okrscorecard.jira.permissions;

import static io.okrscorecard.jira.JiraIssues.issue;
import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** Which of many issues a viewer may browse is asked of Jira with the issues loaded together, not one by one. */
public class JiraAccessControlTest {
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final UserManager users = mock(UserManager.class);
    private final GroupManager groups = mock(GroupManager.class);
    private final ApplicationUser pmo = mock(ApplicationUser.class);
    private final JiraAccessControl access = new JiraAccessControl(
            mock(JiraAuthenticationContext.class),
            users,
            issues,
            permissions,
            new IssueVisibility(permissions, mock(GlobalPermissionManager.class), issues),
            groups);

    private final Issue objective = issue(1, "OKR-1").summary("Grow revenue");
    private final Issue secretKeyResult = issue(2, "HR-2").summary("Cut salaries");
    private final Issue keyResult = issue(3, "OKR-3").summary("Win 5 customers");

    @Test
    public void theBrowsableAmongManyIssuesAreFoundWithOneLoadAndNoSingleIssueReads() {
        when(users.getUserByKey("pmo")).thenReturn(pmo);
        when(issues.getIssueObjects(anyCollection())).thenReturn(List.of(objective, secretKeyResult, keyResult));
        when(permissions.hasPermission(any(), eq(objective), eq(pmo))).thenReturn(true);
        when(permissions.hasPermission(any(), eq(keyResult), eq(pmo))).thenReturn(true);

        Set<IssueId> browsable =
                access.browsable(new Viewer("pmo"), List.of(IssueId.of(1), IssueId.of(2), IssueId.of(3)));

        assertEquals(Set.of(IssueId.of(1), IssueId.of(3)), browsable);
        verify(issues, times(1)).getIssueObjects(anyCollection());
        verify(issues, never()).getIssueObject(anyLong());
    }

    @Test
    public void aViewerJiraDoesNotKnowMayBrowseNothing() {
        Set<IssueId> browsable = access.browsable(new Viewer("gone"), List.of(IssueId.of(1)));

        assertEquals(Set.of(), browsable);
        verify(issues, never()).getIssueObjects(anyCollection());
    }

    @Test
    public void groupMembershipIsAskedOfJiraForTheViewersUser() {
        when(users.getUserByKey("pmo")).thenReturn(pmo);
        when(groups.isUserInGroup(pmo, "okr-reviewers")).thenReturn(true);

        assertEquals(true, access.isInGroup(new Viewer("pmo"), "okr-reviewers"));
        assertEquals(false, access.isInGroup(new Viewer("pmo"), "jira-developers"));
        assertEquals(false, access.isInGroup(new Viewer("gone"), "okr-reviewers"));
    }
}
