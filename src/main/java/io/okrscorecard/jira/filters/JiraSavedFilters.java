package io.okrscorecard.jira.filters;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.SavedFilters;
import io.okrscorecard.jira.issues.PagedSearch;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Saved filters as the viewer sees them: the filter is read with the viewer's rights (a filter not shared with them is
 * not found), and its query, narrowed to the candidate issue keys in chunks of at most {@link PagedSearch#CHUNK_SIZE},
 * runs as the viewer, so functions like {@code currentUser()} mean the viewer. One search per chunk of candidates, each
 * at most one page: a chunk of keys cannot find more issues than it names.
 */
public final class JiraSavedFilters implements SavedFilters {

    private final SearchRequestService filters;
    private final SearchService searchService;
    private final UserManager users;

    public JiraSavedFilters(SearchRequestService filters, SearchService searchService, UserManager users) {
        this.filters = filters;
        this.searchService = searchService;
        this.users = users;
    }

    @Override
    public Optional<Set<IssueKey>> matching(Viewer viewer, long filterId, Collection<IssueKey> candidates) {
        ApplicationUser user = users.getUserByKey(viewer.userKey());
        if (user == null) {
            return Optional.empty();
        }
        JiraServiceContext context = new JiraServiceContextImpl(user);
        SearchRequest filter = filters.getFilter(context, filterId);
        if (filter == null || context.getErrorCollection().hasAnyErrors()) {
            return Optional.empty();
        }
        Set<IssueKey> found = new HashSet<>();
        for (List<IssueKey> chunk : PagedSearch.chunks(List.copyOf(candidates))) {
            String[] keys = chunk.stream().map(IssueKey::value).toArray(String[]::new);
            Query narrowed = JqlQueryBuilder.newBuilder(filter.getQuery())
                    .where()
                    .and()
                    .issue(keys)
                    .buildQuery();
            search(user, narrowed, filterId).getResults().forEach(issue -> found.add(new IssueKey(issue.getKey())));
        }
        return Optional.of(Set.copyOf(found));
    }

    @SuppressWarnings("unchecked")
    private SearchResults<Issue> search(ApplicationUser user, Query query, long filterId) {
        try {
            return searchService.search(user, query, PagerFilter.newPageAlignedFilter(0, PagedSearch.CHUNK_SIZE));
        } catch (SearchException e) {
            throw new IllegalStateException("saved filter " + filterId + " failed: " + e.getMessage(), e);
        }
    }
}
