// Shim of com.atlassian.jira.bc.issue.link.IssueLinkService; sources: linked-planet/kotlin-jira-client
// SdkJiraIssueLinkOperator (built against Jira 8/9: validateAddIssueLinks(user, issue, linkType.id, Direction.OUT,
// listOf(key), dispatchEvent) then addIssueLinks(user, validate); validateDelete(user, issue, issueLink) then
// delete(validate)); Jira's own IssueLinkService and DeleteLink action sources (public static classes
// AddIssueLinkValidationResult extends IssueLinkValidationResult extends ServiceResultImpl,
// DeleteIssueLinkValidationResult extends ServiceResultImpl; void addIssueLinks, void delete);
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/issue/link/IssueLinkService.html
// (interface; subset)
package com.atlassian.jira.bc.issue.link;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.Direction;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

public interface IssueLinkService {

    AddIssueLinkValidationResult validateAddIssueLinks(
            ApplicationUser user,
            Issue issue,
            Long issueLinkTypeId,
            Direction direction,
            Collection<String> linkKeys,
            boolean excludeSystemLinks);

    void addIssueLinks(ApplicationUser user, AddIssueLinkValidationResult result);

    DeleteIssueLinkValidationResult validateDelete(ApplicationUser user, Issue issue, IssueLink issueLink);

    void delete(DeleteIssueLinkValidationResult deleteValidationResult);

    abstract class IssueLinkValidationResult extends ServiceResultImpl {
        protected IssueLinkValidationResult() {
            throw new UnsupportedOperationException("compile-only shim");
        }
    }

    class AddIssueLinkValidationResult extends IssueLinkValidationResult {
        protected AddIssueLinkValidationResult() {
            throw new UnsupportedOperationException("compile-only shim");
        }
    }

    class DeleteIssueLinkValidationResult extends ServiceResultImpl {
        protected DeleteIssueLinkValidationResult() {
            throw new UnsupportedOperationException("compile-only shim");
        }
    }
}
