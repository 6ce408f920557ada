// Shim of com.atlassian.jira.bc.ServiceResultImpl; source: Jira's own IssueLinkService source (its validation results
// "extends ServiceResultImpl", public class implementing ServiceResult) and
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/ServiceResultImpl.html (class; subset)
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl implements ServiceResult {

    protected ServiceResultImpl() {
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
