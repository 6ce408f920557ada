// Shim of com.atlassian.jira.bc.issue.search.SearchService; source: cures-hub/cures-condec-jira and other public
// plugins
// built against Jira 8+ (SearchResults<Issue> results = searchService.search(user, query, PagerFilter...), catching
// SearchException) and https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/search/SearchService.html
// (interface; long searchCount(ApplicationUser, Query) throws SearchException; raw PagerFilter written as
// PagerFilter<?>,
// same erasure; subset)
// UNVERIFIED: searchCount signature not seen in stored sources
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

public interface SearchService {

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter<?> pager) throws SearchException;

    // source: Semmle/lgtm-jira-addon JiraUtils (searchService.searchOverrideSecurity(user, builder.buildQuery(),
    // PagerFilter.newPageAlignedFilter(0, 3)) returning SearchResults, catching SearchException)
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter<?> pager)
            throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    // source: Jira's own DefaultSearchService and public plugins' test doubles implementing SearchService (e.g.
    // "public ParseResult parseQuery(ApplicationUser applicationUser, String s)", returning
    // new ParseResult(new QueryImpl(...), new MessageSetImpl())); callers read parseResult.isValid(),
    // getQuery(), getErrors()
    ParseResult parseQuery(ApplicationUser searcher, String query);

    // source: the same test doubles ("@Nonnull MessageSet validateQuery(ApplicationUser applicationUser, @Nonnull
    // Query query)") and plugins reading searchService.validateQuery(user, query).hasAnyErrors()
    MessageSet validateQuery(ApplicationUser searcher, Query query);

    /** The result of {@link #parseQuery}: the query, or the parse errors. Nested class of the interface. */
    final class ParseResult {
        public ParseResult(Query query, MessageSet errors) {
            throw new UnsupportedOperationException("compile-only shim");
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("compile-only shim");
        }

        public MessageSet getErrors() {
            throw new UnsupportedOperationException("compile-only shim");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only shim");
        }
    }
}
