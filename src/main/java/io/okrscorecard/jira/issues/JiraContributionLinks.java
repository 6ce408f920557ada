package io.okrscorecard.jira.issues;

import com.atlassian.jira.bc.issue.link.IssueLinkService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.Direction;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.ContributionLinks;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.OkrIssueEditor.Edit;
import io.okrscorecard.core.port.OkrIssueEditor.Refusal;
import io.okrscorecard.core.settings.HostObject;
import java.util.List;
import java.util.Optional;

/**
 * The "OKR Contribution" link made and removed as the user through Jira's {@link IssueLinkService}: validateAddIssueLinks
 * (outward from the work item, which "contributes to" the key result) then addIssueLinks, and validateDelete then
 * delete. The service checks Link Issues on the work item and that linking is enabled, records the change on both
 * issues and fires Jira's link events, which the app's listener turns into a recalculation of the key result.
 */
public final class JiraContributionLinks implements ContributionLinks {

    private final IssueLinkService linkService;
    private final IssueLinkManager links;
    private final IssueManager issues;
    private final UserManager users;
    private final HostObjectLookup lookup;

    public JiraContributionLinks(
            IssueLinkService linkService,
            IssueLinkManager links,
            IssueManager issues,
            UserManager users,
            HostObjectRegistry registry,
            CustomFieldManager customFields) {
        this.linkService = linkService;
        this.links = links;
        this.issues = issues;
        this.users = users;
        this.lookup = new HostObjectLookup(registry, customFields);
    }

    @Override
    public Edit link(Viewer viewer, IssueId issue, KeyResultId keyResult) {
        ApplicationUser user = users.getUserByKey(viewer.userKey());
        if (user == null) {
            return Edit.refused(Refusal.NO_PERMISSION, List.of());
        }
        Optional<Long> contribution = lookup.linkTypeId(HostObject.CONTRIBUTION_LINK);
        Issue source = issues.getIssueObject(issue.value());
        Issue target = issues.getIssueObject(keyResult.value());
        if (contribution.isEmpty() || source == null || target == null) {
            return Edit.refused(Refusal.MISSING, List.of());
        }
        IssueLinkService.AddIssueLinkValidationResult validation = linkService.validateAddIssueLinks(
                user, source, contribution.get(), Direction.OUT, List.of(target.getKey()), false);
        if (!validation.isValid()) {
            return JiraOkrIssueEditor.refusal(validation);
        }
        linkService.addIssueLinks(user, validation);
        return Edit.DONE;
    }

    @Override
    public Edit unlink(Viewer viewer, IssueId issue, KeyResultId keyResult) {
        ApplicationUser user = users.getUserByKey(viewer.userKey());
        if (user == null) {
            return Edit.refused(Refusal.NO_PERMISSION, List.of());
        }
        Optional<Long> contribution = lookup.linkTypeId(HostObject.CONTRIBUTION_LINK);
        Issue source = issues.getIssueObject(issue.value());
        if (contribution.isEmpty() || source == null) {
            return Edit.refused(Refusal.MISSING, List.of());
        }
        IssueLink link = links.getIssueLink(issue.value(), keyResult.value(), contribution.get());
        if (link == null) {
            return Edit.DONE;
        }
        IssueLinkService.DeleteIssueLinkValidationResult validation = linkService.validateDelete(user, source, link);
        if (!validation.isValid()) {
            return JiraOkrIssueEditor.refusal(validation);
        }
        linkService.delete(validation);
        return Edit.DONE;
    }
}
