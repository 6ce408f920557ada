package io.okrscorecard.jira.issues;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.OkrIssueEditor;
import io.okrscorecard.core.settings.HostObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes OKR issues as the acting user. An objective's cycle is set through Jira's {@link IssueService}
 * (validateUpdate, then update): Jira checks Edit Issues and the field's validation, fires the issue event and keeps
 * the change history. The field need not be on the project's edit screen (the app's own field, created by the
 * bootstrap, is often on no screen), so the screen check is skipped; every other check stays. A key result is
 * re-linked through the {@link IssueLinkManager} after checking Link Issues on the key result, the issue whose outward
 * "measures" link changes, as Jira's link service does; the manager records the change items on both issues as the
 * user. The new link is made first and the old one removed next; when that removal fails, the new link is removed
 * again, so a key result is never left measuring two objectives, or none.
 */
public final class JiraOkrIssueEditor implements OkrIssueEditor {
    private static final Logger LOG = LoggerFactory.getLogger(JiraOkrIssueEditor.class);

    private final IssueService issueService;
    private final IssueLinkManager links;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final UserManager users;
    private final HostObjectLookup lookup;

    public JiraOkrIssueEditor(
            IssueService issueService,
            IssueLinkManager links,
            IssueManager issues,
            PermissionManager permissions,
            UserManager users,
            HostObjectRegistry registry,
            CustomFieldManager customFields) {
        this.issueService = issueService;
        this.links = links;
        this.issues = issues;
        this.permissions = permissions;
        this.users = users;
        this.lookup = new HostObjectLookup(registry, customFields);
    }

    @Override
    public Edit moveToCycle(Viewer viewer, ObjectiveId objective, CycleId cycle) {
        ApplicationUser user = users.getUserByKey(viewer.userKey());
        if (user == null) {
            return Edit.refused(Refusal.NO_PERMISSION, List.of());
        }
        Optional<CustomField> field = lookup.customField(HostObject.CYCLE_FIELD);
        if (field.isEmpty()) {
            return Edit.refused(Refusal.MISSING, List.of(HostObject.CYCLE_FIELD.defaultName()));
        }
        IssueInputParameters input = issueService
                .newIssueInputParameters()
                .addCustomFieldValue(field.get().getIdAsLong(), cycle.value())
                .setSkipScreenCheck(true)
                .setRetainExistingValuesWhenParameterNotProvided(true, true);
        IssueService.UpdateValidationResult validation = issueService.validateUpdate(user, objective.value(), input);
        if (!validation.isValid()) {
            return refusal(validation);
        }
        IssueService.IssueResult updated = issueService.update(user, validation);
        return updated.isValid() ? Edit.DONE : refusal(updated);
    }

    @Override
    public Edit relinkKeyResult(Viewer viewer, KeyResultId keyResult, ObjectiveId from, ObjectiveId to) {
        ApplicationUser user = users.getUserByKey(viewer.userKey());
        if (user == null) {
            return Edit.refused(Refusal.NO_PERMISSION, List.of());
        }
        Optional<Long> measures = lookup.linkTypeId(HostObject.KEY_RESULT_LINK);
        Issue source = issues.getIssueObject(keyResult.value());
        if (measures.isEmpty() || source == null || issues.getIssueObject(to.value()) == null) {
            return Edit.refused(Refusal.MISSING, List.of());
        }
        if (!permissions.hasPermission(ProjectPermissions.LINK_ISSUES, source, user)) {
            return Edit.refused(Refusal.NO_PERMISSION, List.of());
        }
        IssueLink old = links.getIssueLink(keyResult.value(), from.value(), measures.get());
        if (old == null) {
            return Edit.refused(Refusal.MISSING, List.of());
        }
        try {
            links.createIssueLink(keyResult.value(), to.value(), measures.get(), null, user);
        } catch (Exception e) {
            return failed(Refusal.REJECTED, e);
        }
        IssueLink created = links.getIssueLink(keyResult.value(), to.value(), measures.get());
        if (created == null) {
            return Edit.refused(Refusal.REJECTED, List.of());
        }
        try {
            links.removeIssueLink(old, user);
            return Edit.DONE;
        } catch (Exception removing) {
            return undo(created, user, removing);
        }
    }

    /** The old link stays, so the new one goes: the key result measures its old objective alone again. */
    private Edit undo(IssueLink created, ApplicationUser user, Exception removing) {
        try {
            links.removeIssueLink(created, user);
            return failed(Refusal.REJECTED, removing);
        } catch (Exception undoing) {
            LOG.warn(
                    "Re-linking key result {}: the old link could not be removed ({}) nor the new one ({})",
                    created.getSourceId(),
                    removing.toString(),
                    undoing.toString());
            return Edit.refused(Refusal.LEFT_HALF_DONE, messages(removing, undoing));
        }
    }

    private static Edit failed(Refusal refusal, Exception e) {
        LOG.debug("OKR issue edit refused", e);
        return Edit.refused(refusal, messages(e));
    }

    private static List<String> messages(Exception... failures) {
        List<String> messages = new ArrayList<>();
        for (Exception failure : failures) {
            if (failure.getMessage() != null && !failure.getMessage().isBlank()) {
                messages.add(failure.getMessage());
            }
        }
        return messages;
    }

    /** Jira's refusal, by the reason it gives: Forbidden is a missing permission, Not Found a missing issue. */
    static Edit refusal(ServiceResult result) {
        ErrorCollection errors = result.getErrorCollection();
        Set<String> messages = new LinkedHashSet<>();
        Set<ErrorCollection.Reason> reasons = Set.of();
        if (errors != null) {
            if (errors.getErrorMessages() != null) {
                messages.addAll(errors.getErrorMessages());
            }
            if (errors.getErrors() != null) {
                messages.addAll(errors.getErrors().values());
            }
            if (errors.getReasons() != null) {
                reasons = errors.getReasons();
            }
        }
        Refusal refusal = reasons.contains(ErrorCollection.Reason.FORBIDDEN)
                        || reasons.contains(ErrorCollection.Reason.NOT_LOGGED_IN)
                ? Refusal.NO_PERMISSION
                : reasons.contains(ErrorCollection.Reason.NOT_FOUND) ? Refusal.MISSING : Refusal.REJECTED;
        return Edit.refused(refusal, new ArrayList<>(messages));
    }
}
