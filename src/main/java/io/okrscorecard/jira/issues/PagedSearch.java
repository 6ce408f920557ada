package io.okrscorecard.jira.issues;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs JQL queries page by page, never as one unlimited search (the unlimited filter is gone in Jira 12 and loads
 * every hit into memory at once), and never past the <em>search window</em>: the most hits one search can page
 * through. Jira's search platform (OpenSearch on Jira 11, also Lucene) refuses a page that ends beyond it ("Handling
 * JQL REST API searching exceeding max_result_window in Jira",
 * https://support.atlassian.com/jira/kb/handling-jql-rest-api-searching-exceeding-max_result_window-in-jira ; "Migrating
 * Lucene collectors to Search API in Jira 11": use searches with a limited number of results). A query that may have
 * more hits than the window is split into narrower queries whose hits fit: an IN list into halves, one value into
 * slices of creation time ({@link CreationTimeSlices}); see docs/adr/0012-search-within-the-window.md.
 *
 * <p>Searches override issue security: they run off request threads for the rollup, and whatever they find reaches a
 * viewer only through {@code IssueVisibility}. A Jira measure's search ({@link #forEachAs}) is the exception: it runs
 * as the technical user, with that user's permissions.
 */
public final class PagedSearch {

    /** The largest page asked for; Jira's own REST API caps pages at the same size. */
    public static final int PAGE_SIZE = 1000;

    /** The largest IN list of one query (DESIGN 6: IN lists of at most 1,000). */
    public static final int CHUNK_SIZE = 1000;

    /**
     * The search window: no page asked for ends beyond this many hits. 10,000 is the default of OpenSearch's
     * {@code max_result_window}, up to which Jira requests ({@code jira.search.platform.max.result.window}; KB above).
     * The app stays inside the default even where an administrator raised it. A multiple of {@link #PAGE_SIZE}, so
     * pages tile it.
     */
    public static final int RESULT_WINDOW = 10_000;

    private final SearchService searchService;

    public PagedSearch(SearchService searchService) {
        this.searchService = searchService;
    }

    /**
     * Hands every issue the query finds to {@code sink}, each once, one page of at most {@link #PAGE_SIZE} at a time.
     * When the query may have more hits than the window it is read in slices of creation time.
     *
     * @throws SearchWindowExceededException when more hits than the window were created within one minute
     */
    public void forEach(Query query, Consumer<Issue> sink) {
        forEach(null, query, sink);
    }

    /**
     * {@link #forEach(Query, Consumer)} as {@code searcher}, with the user's permissions: only the issues the user may
     * browse are found (a Jira measure runs as the technical user). {@code null} overrides security, as above.
     */
    public void forEachAs(ApplicationUser searcher, Query query, Consumer<Issue> sink) {
        forEach(searcher, query, sink);
    }

    private void forEach(ApplicationUser searcher, Query query, Consumer<Issue> sink) {
        Set<Long> seen = new HashSet<>();
        if (!readWithin(searcher, query, sink, seen)) {
            new CreationTimeSlices(query).read(slice -> readWithin(searcher, slice, sink, seen));
        }
    }

    /**
     * Hands every issue found by the query of {@code values} to {@code sink}, each once: one query per IN list of at
     * most {@link #CHUNK_SIZE} values, a list whose hits may exceed the window halved until each part fits, and a
     * single value that alone exceeds it read in slices of creation time.
     *
     * @param queryOf the query of an IN list, e.g. {@code Epic Link in (values)}
     * @throws SearchWindowExceededException when more hits than the window of one value were created within one minute
     */
    public <T> void forEachIn(List<T> values, Function<List<T>, Query> queryOf, Consumer<Issue> sink) {
        Set<Long> seen = new HashSet<>();
        for (List<T> chunk : chunks(values)) {
            readSplitting(chunk, queryOf, sink, seen);
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

    private <T> void readSplitting(
            List<T> values, Function<List<T>, Query> queryOf, Consumer<Issue> sink, Set<Long> seen) {
        Query query = queryOf.apply(values);
        if (readWithin(null, query, sink, seen)) {
            return;
        }
        if (values.size() == 1) {
            new CreationTimeSlices(query).read(slice -> readWithin(null, slice, sink, seen));
            return;
        }
        // the values' hits are disjoint for the IN lists the app builds (one epic per issue, one id per issue)
        int half = values.size() / 2;
        readSplitting(values.subList(0, half), queryOf, sink, seen);
        readSplitting(values.subList(half, values.size()), queryOf, sink, seen);
    }

    /**
     * Reads the query page by page if its hits fit the window; {@code false} when they may not: the first page's
     * total reaches the window (OpenSearch reports at most the window by default, so a total equal to it means "at
     * least that many"), or every page up to the window came back full (the query found more while it was read).
     * Paging ends at the first page shorter than asked, or when the pages reach a total below the window (OpenSearch
     * counts exactly up to the window, so such a total is exact and spares an empty last search, e.g. for every IN
     * list of 1,000 ids); a total at the window never ends it. Issues already handed on are remembered in
     * {@code seen}, so a narrower re-read hands on only the others.
     */
    private boolean readWithin(ApplicationUser searcher, Query query, Consumer<Issue> sink, Set<Long> seen) {
        int start = 0;
        while (true) {
            SearchResults<Issue> page = page(searcher, query, start);
            if (start == 0 && page.getTotal() >= RESULT_WINDOW) {
                return false;
            }
            List<Issue> issues = page.getResults();
            for (Issue issue : issues) {
                if (seen.add(issue.getId())) {
                    sink.accept(issue);
                }
            }
            int total = page.getTotal();
            if (issues.size() < PAGE_SIZE || (total < RESULT_WINDOW && start + PAGE_SIZE >= total)) {
                return true;
            }
            start += PAGE_SIZE;
            if (start + PAGE_SIZE > RESULT_WINDOW) {
                return false;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private SearchResults<Issue> page(ApplicationUser searcher, Query query, int start) {
        PagerFilter<Issue> pager = PagerFilter.newPageAlignedFilter(start, PAGE_SIZE);
        try {
            if (searcher != null) {
                return searchService.search(searcher, query, pager);
            }
            // No searcher: the query uses no user functions, and overriding security needs no user context.
            return searchService.searchOverrideSecurity(null, query, pager);
        } catch (SearchException e) {
            throw new IllegalStateException("Jira search failed at result " + start + ": " + e.getMessage(), e);
        }
    }
}
