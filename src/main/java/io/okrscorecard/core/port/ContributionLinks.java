package io.okrscorecard.core.port;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.OkrIssueEditor.Edit;

/**
 * The "OKR Contribution" link (work item "contributes to" key result) made and removed as a user, through Jira's
 * issue-link service, so that Jira checks the user's Link Issues permission and records the change in both issues'
 * history. A refusal is an answer ({@link Edit}), never an exception. Jira's link events then bring the key result's
 * progress up to date, as for a link made in Jira's own dialog.
 */
public interface ContributionLinks {

    /** Links the issue to the key result ("contributes to"). */
    Edit link(Viewer viewer, IssueId issue, KeyResultId keyResult);

    /** Removes the issue's "contributes to" link to the key result. */
    Edit unlink(Viewer viewer, IssueId issue, KeyResultId keyResult);
}
