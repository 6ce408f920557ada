// Shim of com.atlassian.jira.bc.filter.SearchRequestService; source: public plugins calling
// searchRequestService.getFilter(new JiraServiceContextImpl(user), filterId) and reading null plus the context's
// error collection when the filter does not exist or the user may not see it (e.g. Jira's own
// DefaultSearchRequestServiceTest: "A search request was returned for a non-existing filter id, a null reference was
// expected");
// https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/bc/filter/SearchRequestService.html
// (interface; SearchRequest getFilter(JiraServiceContext serviceCtx, Long filterId); subset)
package com.atlassian.jira.bc.filter;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.issue.search.SearchRequest;

public interface SearchRequestService {

    SearchRequest getFilter(JiraServiceContext serviceContext, Long filterId);
}
