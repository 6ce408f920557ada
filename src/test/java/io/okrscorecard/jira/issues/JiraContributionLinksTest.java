package io.okrscorecard.jira.issues;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.link.IssueLinkService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.Direction;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.OkrIssueEditor.Edit;
import io.okrscorecard.core.port.OkrIssueEditor.Refusal;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.jira.JiraIssues;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * The "contributes to" link is made and removed through Jira's IssueLinkService as the user: outward from the work item
 * to the key result, by the recorded link type; Jira's refusal is an answer with Jira's words, and nothing is added or
 * deleted after a refusal.
 */
public class JiraContributionLinksTest {
    private static final long CONTRIBUTION = 10400L;
    private static final Viewer VIEWER = new Viewer("JIRAUSER10001");
    private static final IssueId STORY = IssueId.of(20001L);
    private static final KeyResultId KEY_RESULT = KeyResultId.of(10005L);

    private final IssueLinkService linkService = mock(IssueLinkService.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final UserManager users = mock(UserManager.class);
    private final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final MutableIssue story = mock(MutableIssue.class);
    private final MutableIssue keyResult = mock(MutableIssue.class);
    private final IssueLinkService.AddIssueLinkValidationResult adding =
            mock(IssueLinkService.AddIssueLinkValidationResult.class);
    private final IssueLinkService.DeleteIssueLinkValidationResult deleting =
            mock(IssueLinkService.DeleteIssueLinkValidationResult.class);

    private final JiraContributionLinks contributionLinks =
            new JiraContributionLinks(linkService, links, issues, users, registry, mock(CustomFieldManager.class));

    public JiraContributionLinksTest() {
        when(users.getUserByKey(VIEWER.userKey())).thenReturn(user);
        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.of(String.valueOf(CONTRIBUTION)));
        when(issues.getIssueObject(STORY.value())).thenReturn(story);
        when(issues.getIssueObject(KEY_RESULT.value())).thenReturn(keyResult);
        when(keyResult.getKey()).thenReturn("OKR-5");
        when(linkService.validateAddIssueLinks(user, story, CONTRIBUTION, Direction.OUT, List.of("OKR-5"), false))
                .thenReturn(adding);
    }

    @Test
    public void linkingValidatesOutwardFromTheWorkItemAsTheUserThenAdds() {
        when(adding.isValid()).thenReturn(true);

        assertEquals(Edit.DONE, contributionLinks.link(VIEWER, STORY, KEY_RESULT));

        verify(linkService).addIssueLinks(user, adding);
    }

    @Test
    public void jirasRefusalIsAnAnswerWithJirasWordsAndNothingIsAdded() {
        when(adding.isValid()).thenReturn(false);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have the permission to link issues."));
        when(errors.getErrors()).thenReturn(Map.of());
        when(errors.getReasons()).thenReturn(Set.of(ErrorCollection.Reason.FORBIDDEN));
        when(adding.getErrorCollection()).thenReturn(errors);

        Edit edit = contributionLinks.link(VIEWER, STORY, KEY_RESULT);

        assertEquals(Refusal.NO_PERMISSION, edit.refusal());
        assertEquals(List.of("You do not have the permission to link issues."), edit.messages());
        verify(linkService, never()).addIssueLinks(any(), any());
    }

    @Test
    public void unlinkingValidatesTheDeleteOfTheLinkAsTheUserThenDeletes() {
        IssueLink link = JiraIssues.link(900, CONTRIBUTION, story, keyResult);
        when(links.getIssueLink(STORY.value(), KEY_RESULT.value(), CONTRIBUTION))
                .thenReturn(link);
        when(linkService.validateDelete(user, story, link)).thenReturn(deleting);
        when(deleting.isValid()).thenReturn(true);

        assertEquals(Edit.DONE, contributionLinks.unlink(VIEWER, STORY, KEY_RESULT));

        verify(linkService).delete(deleting);
    }

    @Test
    public void unlinkingWhatIsNotLinkedChangesNothing() {
        assertEquals(Edit.DONE, contributionLinks.unlink(VIEWER, STORY, KEY_RESULT));

        verify(linkService, never()).validateDelete(any(), any(), any());
        verify(linkService, never()).delete(any());
    }

    @Test
    public void anUnknownUserOrAMissingLinkTypeChangesNothing() {
        assertEquals(
                Refusal.NO_PERMISSION,
                contributionLinks.link(new Viewer("gone"), STORY, KEY_RESULT).refusal());
        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.empty());
        assertEquals(
                Refusal.MISSING,
                contributionLinks.link(VIEWER, STORY, KEY_RESULT).refusal());
        assertTrue(!contributionLinks.unlink(VIEWER, STORY, KEY_RESULT).done());
        verify(linkService, never()).addIssueLinks(any(), any());
    }
}
