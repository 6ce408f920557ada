package io.okrscorecard.jira;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.builder.ConditionBuilder;
import com.atlassian.jira.jql.builder.JqlClauseBuilder;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.okrscorecard.jira.JiraIssues.FakeIssue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.mockito.MockedStatic;

/**
 * Jira's search for tests: JqlQueryBuilder and PagerFilter (static in Jira) are mocked to record the clauses and
 * pages asked for, and SearchService answers from an index function, one page at a time, as Jira does.
 *
 * <p>{@link #jira11} models Jira 11 on OpenSearch: a page that ends beyond the search window is refused with a
 * {@link SearchException} ("Handling JQL REST API searching exceeding max_result_window in Jira",
 * https://support.atlassian.com/jira/kb/handling-jql-rest-api-searching-exceeding-max_result_window-in-jira : a
 * search fails once startAt + maxResults exceeds the window, 10,000 by default), and the reported total is capped
 * at the window, as OpenSearch counts hits only up to 10,000 unless asked for more (track_total_hits), so a total of
 * exactly the window means "at least that many".
 */
public final class FakeSearch implements AutoCloseable {

    /**
     * A JQL query as the builder calls made it, e.g. {@code [issuetype=[10], cf[5]=2026-Q4]} or {@code [issue in 3]},
     * with the creation-time bounds of {@code created >= "from"} and {@code created < "before"} (null when absent).
     */
    /** A query as built: its clauses, the ids and the keys of its IN lists, its creation-time bounds. */
    public record BuiltQuery(
            List<String> clauses, List<Long> inValues, String createdFrom, String createdBefore, List<String> inKeys)
            implements Query {

        public BuiltQuery(List<String> clauses, List<Long> inValues, String createdFrom, String createdBefore) {
            this(clauses, inValues, createdFrom, createdBefore, List.of());
        }
    }

    /** One page asked for. */
    public record Page(int start, int max) {
        /** The number of hits the page reaches, the figure the search window limits. */
        public int end() {
            return start + max;
        }
    }

    /** JQL's date-time to the minute, read here in UTC as a Jira whose default time zone is UTC reads it. */
    private static final DateTimeFormatter JQL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public final SearchService searchService = mock(SearchService.class);
    public final List<BuiltQuery> queries = new ArrayList<>();
    /** Every page asked for, in order: one entry per search Jira ran. */
    public final List<Page> pages = new ArrayList<>();
    /** The user of every search run with a user's permissions ({@code search}, not {@code searchOverrideSecurity}). */
    public final List<ApplicationUser> searchers = new ArrayList<>();
    /** Which issues a user's search finds; every issue unless a test says otherwise. */
    public volatile BiPredicate<ApplicationUser, Issue> mayBrowse = (user, issue) -> true;

    private final Function<BuiltQuery, List<? extends Issue>> index;

    private final MockedStatic<JqlQueryBuilder> builders = mockStatic(JqlQueryBuilder.class);
    private final MockedStatic<PagerFilter> pagers = mockStatic(PagerFilter.class);
    private final Map<PagerFilter<?>, Page> pageOf = new IdentityHashMap<>();
    private final List<String> clauses = new ArrayList<>();
    private final List<Long> inValues = new ArrayList<>();
    private final List<String> inKeys = new ArrayList<>();
    private String pendingField;
    private String createdFrom;
    private String createdBefore;

    /** A search without a window: any page is answered, the total is exact. */
    public FakeSearch(Function<BuiltQuery, List<? extends Issue>> index) {
        this(index, Integer.MAX_VALUE, false);
    }

    /** Jira 11 on OpenSearch with its default window of 10,000 hits, the reported total capped at it. */
    public static FakeSearch jira11(Function<BuiltQuery, List<? extends Issue>> index) {
        return new FakeSearch(index, 10_000, true);
    }

    /**
     * A search that refuses any page ending beyond {@code window} hits and, if {@code totalCappedAtWindow}, reports
     * at most {@code window} as the total.
     */
    public FakeSearch(Function<BuiltQuery, List<? extends Issue>> index, int window, boolean totalCappedAtWindow) {
        this.index = index;
        JqlQueryBuilder builder = mock(JqlQueryBuilder.class);
        JqlClauseBuilder clause = mock(JqlClauseBuilder.class);
        ConditionBuilder condition = mock(ConditionBuilder.class);
        builders.when(JqlQueryBuilder::newBuilder).thenAnswer(i -> {
            start(List.of(), List.of(), null, null);
            return builder;
        });
        builders.when(() -> JqlQueryBuilder.newBuilder(any(Query.class))).thenAnswer(i -> {
            BuiltQuery existing = i.getArgument(0);
            start(existing.clauses(), existing.inValues(), existing.createdFrom(), existing.createdBefore());
            inKeys.addAll(existing.inKeys());
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
        when(clause.created()).thenAnswer(i -> {
            pendingField = "created";
            return condition;
        });
        when(condition.eq(anyString())).thenAnswer(i -> {
            clauses.add(pendingField + "=" + i.getArgument(0));
            return clause;
        });
        when(condition.gtEq(anyString())).thenAnswer(i -> {
            clauses.add(pendingField + ">=" + i.getArgument(0));
            createdFrom = createdBound(i.getArgument(0));
            return clause;
        });
        when(condition.lt(anyString())).thenAnswer(i -> {
            clauses.add(pendingField + "<" + i.getArgument(0));
            createdBefore = createdBound(i.getArgument(0));
            return clause;
        });
        when(condition.in(any(Long[].class))).thenAnswer(i -> {
            Long[] values = (Long[]) i.getRawArguments()[0];
            clauses.add(pendingField + " in " + values.length);
            inValues.addAll(Arrays.asList(values));
            return clause;
        });
        when(condition.in(any(String[].class))).thenAnswer(i -> {
            String[] values = (String[]) i.getRawArguments()[0];
            clauses.add(pendingField + " in " + values.length + " keys");
            inKeys.addAll(Arrays.asList(values));
            return clause;
        });
        when(clause.buildQuery()).thenAnswer(i -> {
            BuiltQuery query = new BuiltQuery(
                    List.copyOf(clauses), List.copyOf(inValues), createdFrom, createdBefore, List.copyOf(inKeys));
            queries.add(query);
            return query;
        });
        pagers.when(() -> PagerFilter.newPageAlignedFilter(anyInt(), anyInt())).thenAnswer(i -> {
            PagerFilter<?> pager = mock(PagerFilter.class);
            pageOf.put(pager, new Page(i.getArgument(0), i.getArgument(1)));
            return pager;
        });
        try {
            when(searchService.searchOverrideSecurity(any(), any(), any()))
                    .thenAnswer(i -> answer(i.getArgument(1), i.getArgument(2), window, totalCappedAtWindow, null));
            when(searchService.search(any(), any(), any())).thenAnswer(i -> {
                searchers.add(i.getArgument(0));
                return answer(i.getArgument(1), i.getArgument(2), window, totalCappedAtWindow, i.getArgument(0));
            });
        } catch (SearchException e) {
            throw new AssertionError(e);
        }
    }

    /** One page of the index; with a searcher, only the issues {@link #mayBrowse} lets that user see. */
    private SearchResults<Issue> answer(
            BuiltQuery query, PagerFilter<?> pager, int window, boolean totalCappedAtWindow, ApplicationUser searcher)
            throws SearchException {
        Page page = pageOf.get(pager);
        pages.add(page);
        if ((long) page.start() + page.max() > window) {
            throw refused(page, window);
        }
        List<Issue> all = index.apply(query).stream()
                .filter(issue -> createdWithin(issue, query))
                .map(Issue.class::cast)
                .filter(issue -> searcher == null || mayBrowse.test(searcher, issue))
                .toList();
        int from = Math.min(all.size(), page.start());
        List<Issue> slice = List.copyOf(all.subList(from, Math.min(all.size(), from + page.max())));
        return results(slice, totalCappedAtWindow ? Math.min(all.size(), window) : all.size());
    }

    private void start(List<String> fromClauses, List<Long> fromValues, String from, String before) {
        clauses.clear();
        clauses.addAll(fromClauses);
        inValues.clear();
        inValues.addAll(fromValues);
        inKeys.clear();
        createdFrom = from;
        createdBefore = before;
    }

    private String createdBound(String value) {
        if (!"created".equals(pendingField)) {
            throw new AssertionError("only created is compared in these tests, not " + pendingField);
        }
        return value;
    }

    private static boolean createdWithin(Issue issue, BuiltQuery query) {
        if (query.createdFrom() == null && query.createdBefore() == null) {
            return true;
        }
        Instant created = ((FakeIssue) issue).created();
        return (query.createdFrom() == null || !created.isBefore(instant(query.createdFrom())))
                && (query.createdBefore() == null || created.isBefore(instant(query.createdBefore())));
    }

    private static Instant instant(String jqlDateTime) {
        return LocalDateTime.parse(jqlDateTime, JQL_MINUTE).toInstant(ZoneOffset.UTC);
    }

    /** The search platform's refusal, in the words of our own fake (the KB's example: 10,100 asked, 10,000 allowed). */
    private static SearchException refused(Page page, int window) {
        String message = String.format(
                Locale.ROOT,
                "Search limit exceeded: the page asks for results up to %,d, beyond the search platform limit of %,d",
                page.end(),
                window);
        return mock(
                SearchException.class,
                withSettings()
                        .defaultAnswer(
                                call -> "getMessage".equals(call.getMethod().getName())
                                        ? message
                                        : RETURNS_DEFAULTS.answer(call)));
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
