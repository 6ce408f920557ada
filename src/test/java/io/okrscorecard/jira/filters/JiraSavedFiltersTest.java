package io.okrscorecard.jira.filters;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.builder.JqlClauseBuilder;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.port.AccessControl.Viewer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

public class JiraSavedFiltersTest {
    private static final long FILTER = 10_100L;
    private static final Viewer PMO = new Viewer("pmo");

    private final SearchRequestService filters = mock(SearchRequestService.class);
    private final SearchService searchService = mock(SearchService.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser pmo = mock(ApplicationUser.class);
    private final ErrorCollection errors = mock(ErrorCollection.class);
    private final SearchRequest filter = mock(SearchRequest.class);
    private final Query filterQuery = mock(Query.class);
    /** The keys of each narrowed query, in the order they were built. */
    private final List<List<String>> narrowedTo = new ArrayList<>();

    private MockedStatic<JqlQueryBuilder> builders;
    private MockedStatic<PagerFilter> pagers;
    private MockedConstruction<JiraServiceContextImpl> contexts;
    private final JiraSavedFilters savedFilters = new JiraSavedFilters(filters, searchService, users);

    /** A narrowed query: the filter's own query and the keys it was limited to. */
    private record Narrowed(Query base, List<String> keys) implements Query {}

    @Before
    public void jira() throws SearchException {
        when(users.getUserByKey("pmo")).thenReturn(pmo);
        when(filter.getQuery()).thenReturn(filterQuery);
        contexts = mockConstruction(JiraServiceContextImpl.class, (context, construction) -> {
            assertSame(pmo, construction.arguments().get(0));
            when(context.getErrorCollection()).thenReturn(errors);
        });
        builders = mockStatic(JqlQueryBuilder.class);
        builders.when(() -> JqlQueryBuilder.newBuilder(any(Query.class))).thenAnswer(call -> {
            Query base = call.getArgument(0);
            JqlQueryBuilder builder = mock(JqlQueryBuilder.class);
            JqlClauseBuilder clause = mock(JqlClauseBuilder.class);
            when(builder.where()).thenReturn(clause);
            when(clause.and()).thenReturn(clause);
            List<String> keys = new ArrayList<>();
            when(clause.issue(any(String[].class))).thenAnswer(i -> {
                keys.addAll(Arrays.asList((String[]) i.getRawArguments()[0]));
                return clause;
            });
            when(clause.buildQuery()).thenAnswer(i -> {
                narrowedTo.add(List.copyOf(keys));
                return new Narrowed(base, List.copyOf(keys));
            });
            return builder;
        });
        pagers = mockStatic(PagerFilter.class);
        pagers.when(() -> PagerFilter.newPageAlignedFilter(anyInt(), anyInt())).thenReturn(mock(PagerFilter.class));
    }

    @After
    public void close() {
        builders.close();
        pagers.close();
        contexts.close();
    }

    @Test
    public void keepsTheCandidatesTheViewersFilterFinds() throws SearchException {
        when(filters.getFilter(any(), eq(FILTER))).thenReturn(filter);
        finding(key -> key.endsWith("1") || key.endsWith("3"));

        Optional<Set<IssueKey>> matching = savedFilters.matching(PMO, FILTER, keys("OKR-1", "OKR-2", "OKR-3"));

        assertEquals(Optional.of(Set.of(new IssueKey("OKR-1"), new IssueKey("OKR-3"))), matching);
        assertEquals(List.of(List.of("OKR-1", "OKR-2", "OKR-3")), narrowedTo);
        verify(searchService).search(eq(pmo), any(Narrowed.class), any());
    }

    @Test
    public void runsOneSearchPerChunkOfAThousandCandidates() throws SearchException {
        when(filters.getFilter(any(), eq(FILTER))).thenReturn(filter);
        finding(key -> true);
        List<IssueKey> candidates = IntStream.rangeClosed(1, 2_500)
                .mapToObj(n -> new IssueKey("OKR-" + n))
                .toList();

        Set<IssueKey> matching = savedFilters.matching(PMO, FILTER, candidates).orElseThrow();

        assertEquals(2_500, matching.size());
        assertEquals(
                List.of(1_000, 1_000, 500), narrowedTo.stream().map(List::size).toList());
        pagers.verify(() -> PagerFilter.newPageAlignedFilter(0, 1_000), org.mockito.Mockito.times(3));
    }

    @Test
    public void aFilterTheViewerCannotSeeIsNotFound() throws SearchException {
        when(filters.getFilter(any(), eq(FILTER))).thenReturn(null);
        when(errors.hasAnyErrors()).thenReturn(true);

        assertEquals(Optional.empty(), savedFilters.matching(PMO, FILTER, keys("OKR-1")));
        verify(searchService, never()).search(any(), any(), any());
    }

    @Test
    public void anUnknownViewerFindsNoFilter() throws SearchException {
        assertEquals(Optional.empty(), savedFilters.matching(new Viewer("gone"), FILTER, keys("OKR-1")));
        verify(filters, never()).getFilter(any(), any());
        verify(searchService, never()).search(any(), any(), any());
    }

    @Test
    public void aFailingSearchNamesTheFilter() throws SearchException {
        when(filters.getFilter(any(), eq(FILTER))).thenReturn(filter);
        SearchException unavailable = mock(SearchException.class);
        when(unavailable.getMessage()).thenReturn("index unavailable");
        when(searchService.search(any(), any(), any())).thenThrow(unavailable);

        IllegalStateException failure =
                assertThrows(IllegalStateException.class, () -> savedFilters.matching(PMO, FILTER, keys("OKR-1")));

        assertTrue(failure.getMessage(), failure.getMessage().contains("saved filter 10100"));
    }

    private void finding(Predicate<String> matches) throws SearchException {
        when(searchService.search(eq(pmo), any(), any())).thenAnswer(call -> {
            Narrowed query = call.getArgument(1);
            assertSame(filterQuery, query.base());
            List<Issue> found = new ArrayList<>();
            query.keys().stream().filter(matches).forEach(key -> {
                Issue issue = mock(Issue.class);
                when(issue.getKey()).thenReturn(key);
                found.add(issue);
            });
            return results(found);
        });
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> results(List<Issue> found) {
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(found);
        when(results.getTotal()).thenReturn(found.size());
        return results;
    }

    private static List<IssueKey> keys(String... keys) {
        return Arrays.stream(keys).map(IssueKey::new).toList();
    }
}
