// Shim of com.atlassian.jira.bc.issue.IssueService; source: public plugins and scripts calling
// issueService.newIssueInputParameters(), issueService.validateUpdate(ApplicationUser, Long issueId,
// IssueInputParameters) returning IssueService.UpdateValidationResult, and issueService.update(ApplicationUser,
// UpdateValidationResult) returning IssueService.IssueResult;
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/issue/IssueService.html
// (interface; nested public static classes IssueResult and UpdateValidationResult, each a ServiceResult; subset)
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    UpdateValidationResult validateUpdate(
            ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    class IssueResult implements ServiceResult {

        protected IssueResult() {
            throw new UnsupportedOperationException("compile-only shim");
        }

        @Override
        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only shim");
        }

        @Override
        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("compile-only shim");
        }
    }

    class UpdateValidationResult extends IssueResult {

        protected UpdateValidationResult() {
            throw new UnsupportedOperationException("compile-only shim");
        }
    }
}
