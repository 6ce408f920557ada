package io.okrscorecard.jira.issues;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a JQL query page by page, never as one unlimited search (the unlimited filter is gone in Jira 12 and loads
 * every hit into memory at once). Searches override issue security: they run off request threads for the rollup, and
 * whatever they find reaches a viewer only through {@code IssueVisibility}.
 */
public final class PagedSearch {

    /** The largest page asked for; Jira's own REST API caps pages at the same size. */
    public static final int PAGE_SIZE = 1000;

    /** The largest IN list of one query (DESIGN 6: IN lists of at most 1,000). */
    public static final int CHUNK_SIZE = 1000;

    private final SearchService searchService;

    public PagedSearch(SearchService searchService) {
        this.searchService = searchService;
    }

    /** Hands every issue the query finds to {@code sink}, one page of at most {@link #PAGE_SIZE} at a time. */
    public void forEach(Query query, Consumer<Issue> sink) {
        int start = 0;
        while (true) {
            SearchResults<Issue> page = page(query, start);
            List<Issue> issues = page.getResults();
            issues.forEach(sink);
            // page-aligned: the next page starts one full page later, whatever this one held
            start += PAGE_SIZE;
            if (issues.isEmpty() || start >= page.getTotal()) {
                return;
            }
        }
    }

    /** Every issue the query finds, in the order Jira returns them. */
    public List<Issue> all(Query query) {
        List<Issue> found = new ArrayList<>();
        forEach(query, found::add);
        return found;
    }

    /** Splits ids into IN lists of at most {@link #CHUNK_SIZE}. */
    public static <T> List<List<T>> chunks(List<T> ids) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK_SIZE) {
            chunks.add(List.copyOf(ids.subList(from, Math.min(ids.size(), from + CHUNK_SIZE))));
        }
        return chunks;
    }

    @SuppressWarnings("unchecked")
    private SearchResults<Issue> page(Query query, int start) {
        PagerFilter<Issue> pager = PagerFilter.newPageAlignedFilter(start, PAGE_SIZE);
        try {
            // No searcher: the query uses no user functions, and overriding security needs no user context.
            return searchService.searchOverrideSecurity(null, query, pager);
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed at result " + start + ": " + e.getMessage(), e);
        }
    }
}
