package io.okrscorecard.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.builder.ConditionBuilder;
import com.atlassian.jira.jql.builder.JqlClauseBuilder;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mockito.MockedStatic;

/**
 * Jira's search for tests: JqlQueryBuilder and PagerFilter (static in Jira) are mocked to record the clauses and
 * pages asked for, and SearchService answers from an index function, one page at a time, as Jira does. Like Jira 11
 * on OpenSearch, it can cap what one search returns ("Migrating Lucene collectors to Search API in Jira 11": a single
 * search returns at most max_result_window, 10,000 by default, hits).
 */
public final class FakeSearch implements AutoCloseable {

    /** A JQL query as the builder calls made it, e.g. {@code [issuetype=[10], cf[5]=2026-Q4]} or {@code [issue in 3]}. */
    public record BuiltQuery(List<String> clauses, List<Long> inValues) implements Query {}

    /** One page asked for. */
    public record Page(int start, int max) {}

    public final SearchService searchService = mock(SearchService.class);
    public final List<BuiltQuery> queries = new ArrayList<>();
    public final List<Page> pages = new ArrayList<>();

    private final MockedStatic<JqlQueryBuilder> builders = mockStatic(JqlQueryBuilder.class);
    private final MockedStatic<PagerFilter> pagers = mockStatic(PagerFilter.class);
    private final Map<PagerFilter<?>, Page> pageOf = new IdentityHashMap<>();
    private final List<String> clauses = new ArrayList<>();
    private final List<Long> inValues = new ArrayList<>();
    private String pendingField;

    public FakeSearch(Function<BuiltQuery, List<? extends Issue>> index) {
        this(index, Integer.MAX_VALUE);
    }

    /** A search whose every answer holds at most {@code maxResultsPerSearch} issues, whatever page was asked for. */
    public FakeSearch(Function<BuiltQuery, List<? extends Issue>> index, int maxResultsPerSearch) {
        JqlQueryBuilder builder = mock(JqlQueryBuilder.class);
        JqlClauseBuilder clause = mock(JqlClauseBuilder.class);
        ConditionBuilder condition = mock(ConditionBuilder.class);
        builders.when(JqlQueryBuilder::newBuilder).thenAnswer(i -> {
            clauses.clear();
            inValues.clear();
            return builder;
        });
        when(builder.where()).thenReturn(clause);
        when(clause.and()).thenReturn(clause);
        when(clause.issueType(any(String[].class))).thenAnswer(i -> {
            clauses.add("issuetype=" + Arrays.toString((Object[]) i.getRawArguments()[0]));
            return clause;
        });
        when(clause.field(anyString())).thenAnswer(i -> {
            pendingField = i.getArgument(0);
            return condition;
        });
        when(clause.customField(anyLong())).thenAnswer(i -> {
            pendingField = "cf[" + i.getArgument(0) + "]";
            return condition;
        });
        when(condition.eq(anyString())).thenAnswer(i -> {
            clauses.add(pendingField + "=" + i.getArgument(0));
            return clause;
        });
        when(condition.in(any(Long[].class))).thenAnswer(i -> {
            Long[] values = (Long[]) i.getRawArguments()[0];
            clauses.add(pendingField + " in " + values.length);
            inValues.addAll(Arrays.asList(values));
            return clause;
        });
        when(clause.buildQuery()).thenAnswer(i -> {
            BuiltQuery query = new BuiltQuery(List.copyOf(clauses), List.copyOf(inValues));
            queries.add(query);
            return query;
        });
        pagers.when(() -> PagerFilter.newPageAlignedFilter(anyInt(), anyInt())).thenAnswer(i -> {
            PagerFilter<?> pager = mock(PagerFilter.class);
            pageOf.put(pager, new Page(i.getArgument(0), i.getArgument(1)));
            return pager;
        });
        try {
            when(searchService.searchOverrideSecurity(any(), any(), any())).thenAnswer(i -> {
                Page page = pageOf.get(i.<PagerFilter<?>>getArgument(2));
                pages.add(page);
                List<? extends Issue> all = index.apply(i.getArgument(1));
                int from = Math.min(all.size(), page.start());
                int size = Math.min(page.max(), maxResultsPerSearch);
                List<Issue> slice = List.copyOf(all.subList(from, Math.min(all.size(), from + size)));
                return results(slice, all.size());
            });
        } catch (com.atlassian.jira.issue.search.SearchException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static SearchResults<Issue> results(List<Issue> page, int total) {
        return mock(
                SearchResults.class,
                invocation -> switch (invocation.getMethod().getName()) {
                    case "getResults" -> page;
                    case "getTotal" -> total;
                    default -> null;
                });
    }

    @Override
    public void close() {
        builders.close();
        pagers.close();
    }
}
