// Shim of com.atlassian.jira.bc.ServiceResult; source: public plugins reading updateValidationResult.isValid() and
// .getErrorCollection() of IssueService's results (e.g. a JIRA issue CRUD servlet tutorial checking
// result.getErrorCollection().hasAnyErrors() before issueService.update);
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/ServiceResult.html
// (interface; boolean isValid(); ErrorCollection getErrorCollection())
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public interface ServiceResult {

    boolean isValid();

    ErrorCollection getErrorCollection();
}
