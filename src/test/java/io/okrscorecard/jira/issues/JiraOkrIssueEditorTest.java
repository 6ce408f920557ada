package io.okrscorecard.jira.issues;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
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
import org.mockito.InOrder;

/**
 * The OKR Cycle field is set through Jira's IssueService as the user; a key result's "measures" link moves from one
 * objective to another after Jira's Link Issues check, new link first, and the new link is removed again when the old
 * one cannot be.
 */
public class JiraOkrIssueEditorTest {
    private static final long CYCLE_FIELD = 10100L;
    private static final long MEASURES = 10300L;
    private static final Viewer VIEWER = new Viewer("JIRAUSER10001");

    private final IssueService issueService = mock(IssueService.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final IssueInputParameters input = mock(IssueInputParameters.class, RETURNS_SELF);
    private final IssueService.UpdateValidationResult validation = mock(IssueService.UpdateValidationResult.class);
    private final IssueService.IssueResult updated = mock(IssueService.IssueResult.class);

    private final MutableIssue keyResult = mock(MutableIssue.class);
    private final MutableIssue oldObjective = mock(MutableIssue.class);
    private final MutableIssue newObjective = mock(MutableIssue.class);
    private final IssueLink oldLink = JiraIssues.link(700, MEASURES, keyResult, oldObjective);
    private final IssueLink newLink = JiraIssues.link(701, MEASURES, keyResult, newObjective);

    private final JiraOkrIssueEditor editor =
            new JiraOkrIssueEditor(issueService, links, issues, permissions, users, registry, customFields);

    public JiraOkrIssueEditorTest() {
        when(users.getUserByKey(VIEWER.userKey())).thenReturn(user);
        CustomField cycleField = mock(CustomField.class);
        when(cycleField.getIdAsLong()).thenReturn(CYCLE_FIELD);
        when(registry.idOf(HostObject.CYCLE_FIELD)).thenReturn(Optional.of("customfield_10100"));
        when(registry.idOf(HostObject.KEY_RESULT_LINK)).thenReturn(Optional.of(String.valueOf(MEASURES)));
        when(customFields.getCustomFieldObject("customfield_10100")).thenReturn(cycleField);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(issueService.validateUpdate(user, 1L, input)).thenReturn(validation);
        when(issueService.update(user, validation)).thenReturn(updated);
        when(issues.getIssueObject(11L)).thenReturn(keyResult);
        when(issues.getIssueObject(1L)).thenReturn(oldObjective);
        when(issues.getIssueObject(50L)).thenReturn(newObjective);
        when(links.getIssueLink(11L, 1L, MEASURES)).thenReturn(oldLink);
        when(links.getIssueLink(11L, 50L, MEASURES)).thenReturn(newLink);
    }

    @Test
    public void anObjectiveMovesThroughIssueServiceAsTheUserWithOnlyTheCycleFieldGiven() {
        when(validation.isValid()).thenReturn(true);
        when(updated.isValid()).thenReturn(true);

        Edit edit = editor.moveToCycle(VIEWER, ObjectiveId.of(1), CycleId.of("2027-Q1"));

        assertTrue(edit.done());
        verify(input).addCustomFieldValue(CYCLE_FIELD, "2027-Q1");
        verify(input).setRetainExistingValuesWhenParameterNotProvided(true, true);
        verify(issueService).validateUpdate(user, 1L, input);
        verify(issueService).update(user, validation);
    }

    @Test
    public void jirasForbiddenIsAMissingPermissionAndNothingIsUpdated() {
        when(validation.isValid()).thenReturn(false);
        ErrorCollection errors = errors(
                List.of("You do not have permission to edit issues."),
                Map.of(),
                Set.of(ErrorCollection.Reason.FORBIDDEN));
        when(validation.getErrorCollection()).thenReturn(errors);

        Edit edit = editor.moveToCycle(VIEWER, ObjectiveId.of(1), CycleId.of("2027-Q1"));

        assertEquals(Refusal.NO_PERMISSION, edit.refusal());
        assertEquals(List.of("You do not have permission to edit issues."), edit.messages());
        verify(issueService, never()).update(any(), any());
    }

    @Test
    public void aValidationErrorOfJiraIsARejectionWithJirasWords() {
        when(validation.isValid()).thenReturn(false);
        ErrorCollection errors = errors(
                List.of(),
                Map.of("customfield_10100", "OKR Cycle is locked by a workflow condition."),
                Set.of(ErrorCollection.Reason.VALIDATION_FAILED));
        when(validation.getErrorCollection()).thenReturn(errors);

        Edit edit = editor.moveToCycle(VIEWER, ObjectiveId.of(1), CycleId.of("2027-Q1"));

        assertEquals(Refusal.REJECTED, edit.refusal());
        assertEquals(List.of("OKR Cycle is locked by a workflow condition."), edit.messages());
    }

    @Test
    public void aUserJiraDoesNotKnowChangesNothing() {
        when(users.getUserByKey(VIEWER.userKey())).thenReturn(null);

        assertEquals(
                Refusal.NO_PERMISSION,
                editor.moveToCycle(VIEWER, ObjectiveId.of(1), CycleId.of("2027-Q1"))
                        .refusal());
        assertEquals(
                Refusal.NO_PERMISSION,
                editor.relinkKeyResult(VIEWER, KeyResultId.of(11), ObjectiveId.of(1), ObjectiveId.of(50))
                        .refusal());
        verify(issueService, never()).validateUpdate(any(), any(), any());
    }

    @Test
    public void aKeyResultGetsItsNewLinkBeforeTheOldOneIsRemovedAsTheUser() throws Exception {
        when(permissions.hasPermission(any(), eq(keyResult), eq(user))).thenReturn(true);

        Edit edit = editor.relinkKeyResult(VIEWER, KeyResultId.of(11), ObjectiveId.of(1), ObjectiveId.of(50));

        assertTrue(edit.done());
        InOrder order = inOrder(links);
        order.verify(links).createIssueLink(11L, 50L, MEASURES, null, user);
        order.verify(links).removeIssueLink(oldLink, user);
        verify(links, never()).removeIssueLink(newLink, user);
    }

    @Test
    public void withoutLinkIssuesOnTheKeyResultNoLinkChanges() throws Exception {
        when(permissions.hasPermission(any(), eq(keyResult), eq(user))).thenReturn(false);

        Edit edit = editor.relinkKeyResult(VIEWER, KeyResultId.of(11), ObjectiveId.of(1), ObjectiveId.of(50));

        assertEquals(Refusal.NO_PERMISSION, edit.refusal());
        verify(links, never()).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
        verify(links, never()).removeIssueLink(any(), any());
    }

    @Test
    public void whenTheOldLinkCannotBeRemovedTheNewOneIsRemovedAgain() {
        when(permissions.hasPermission(any(), eq(keyResult), eq(user))).thenReturn(true);
        doThrow(new IllegalStateException("link is locked")).when(links).removeIssueLink(oldLink, user);

        Edit edit = editor.relinkKeyResult(VIEWER, KeyResultId.of(11), ObjectiveId.of(1), ObjectiveId.of(50));

        assertEquals(Refusal.REJECTED, edit.refusal());
        assertEquals(List.of("link is locked"), edit.messages());
        verify(links).removeIssueLink(newLink, user);
    }

    @Test
    public void whenTheNewLinkCannotBeRemovedEitherTheKeyResultIsReportedHalfMoved() {
        when(permissions.hasPermission(any(), eq(keyResult), eq(user))).thenReturn(true);
        doThrow(new IllegalStateException("link is locked")).when(links).removeIssueLink(oldLink, user);
        doThrow(new IllegalStateException("database gone")).when(links).removeIssueLink(newLink, user);

        Edit edit = editor.relinkKeyResult(VIEWER, KeyResultId.of(11), ObjectiveId.of(1), ObjectiveId.of(50));

        assertEquals(Refusal.LEFT_HALF_DONE, edit.refusal());
        assertEquals(List.of("link is locked", "database gone"), edit.messages());
    }

    @Test
    public void aKeyResultThatNoLongerMeasuresTheOldObjectiveIsNotLinkedAnew() throws Exception {
        when(permissions.hasPermission(any(), eq(keyResult), eq(user))).thenReturn(true);
        when(links.getIssueLink(11L, 1L, MEASURES)).thenReturn(null);

        Edit edit = editor.relinkKeyResult(VIEWER, KeyResultId.of(11), ObjectiveId.of(1), ObjectiveId.of(50));

        assertEquals(Refusal.MISSING, edit.refusal());
        verify(links, never()).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
    }

    private static ErrorCollection errors(
            List<String> messages, Map<String, String> byField, Set<ErrorCollection.Reason> reasons) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.hasAnyErrors()).thenReturn(true);
        when(errors.getErrorMessages()).thenReturn(messages);
        when(errors.getErrors()).thenReturn(byField);
        when(errors.getReasons()).thenReturn(reasons);
        return errors;
    }
}
