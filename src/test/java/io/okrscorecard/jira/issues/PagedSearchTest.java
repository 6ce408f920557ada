package io.okrscorecard.jira.issues;

import static io.okrscorecard.jira.JiraIssues.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.okrscorecard.jira.FakeSearch;
import io.okrscorecard.jira.JiraIssues.FakeIssue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

public class PagedSearchTest {

    private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");

    private final List<FakeIssue> index = new ArrayList<>();
    private FakeSearch search = FakeSearch.jira11(query -> index);

    @After
    public void closeSearch() {
        search.close();
    }

    @Test
    public void offsetPagingPastTheWindowIsRefusedByTheJira11Search() throws Exception {
        indexIssues(12_000, 60);

        SearchException refused = assertThrows(
                SearchException.class,
                () -> search.searchService.searchOverrideSecurity(
                        null, projectQuery(), PagerFilter.newPageAlignedFilter(10_000, 1000)));

        assertTrue(refused.getMessage(), refused.getMessage().contains("11,000"));
        assertTrue(refused.getMessage(), refused.getMessage().contains("limit of 10,000"));
    }

    @Test
    public void aQueryOfTwentyFiveThousandHitsIsReadCompletelyInSlicesOfCreationTime() {
        indexIssues(25_000, 1200);

        List<Issue> found = new PagedSearch(search.searchService).all(projectQuery());

        assertReadOnceEach(found, 25_000);
        assertEveryPageEndsInsideTheWindow();
        // 25 pages are the least; bisecting 1970-2100 adds 9 probes that find the window full, 8 searches of slices
        // without issues, and 2 pages because 4 slices end in part-filled pages
        assertEquals(44, search.pages.size());
    }

    @Test
    public void aTotalCappedAtTheWindowDoesNotEndTheReadEarly() {
        indexIssues(12_000, 60);

        List<Issue> found = new PagedSearch(search.searchService).all(projectQuery());

        assertReadOnceEach(found, 12_000);
        assertEveryPageEndsInsideTheWindow();
    }

    @Test
    public void aQueryWhoseHitsFitTheWindowIsPagedWithoutSlicing() {
        indexIssues(9_999, 60);

        List<Issue> found = new PagedSearch(search.searchService).all(projectQuery());

        assertReadOnceEach(found, 9_999);
        assertEquals(1, search.queries.size());
        assertEquals(10, search.pages.size());
    }

    @Test
    public void pagingEndsAtTheFirstPageShorterThanAsked() {
        search.close();
        search = new FakeSearch(query -> index);
        indexIssues(2_345, 60);

        List<Issue> found = new PagedSearch(search.searchService).all(projectQuery());

        assertReadOnceEach(found, 2_345);
        assertEquals(
                List.of(new FakeSearch.Page(0, 1000), new FakeSearch.Page(1000, 1000), new FakeSearch.Page(2000, 1000)),
                search.pages);
    }

    @Test
    public void aQueryThatGrowsPastTheWindowWhileItIsReadIsFinishedInSlicesHandingOnEachIssueOnce() {
        indexIssues(9_500, 60);
        AtomicInteger searches = new AtomicInteger();
        search.close();
        search = FakeSearch.jira11(query -> {
            if (searches.incrementAndGet() == 2) {
                for (int i = 9_500; i < 10_500; i++) {
                    index.add(issue(i, "A-" + i).created(FIRST.plusSeconds(60L * i)));
                }
            }
            return index;
        });

        List<Issue> found = new PagedSearch(search.searchService).all(projectQuery());

        assertReadOnceEach(found, 10_500);
        assertEveryPageEndsInsideTheWindow();
    }

    @Test
    public void moreHitsThanTheWindowCreatedInOneMinuteFailTheReadNamingTheLimitTheQueryAndTheProperty() {
        for (int i = 0; i < 10_000; i++) {
            index.add(issue(i, "A-" + i).created(Instant.parse("2025-03-01T10:00:30Z")));
        }
        Query query = projectQuery();

        SearchWindowExceededException failed =
                assertThrows(SearchWindowExceededException.class, () -> new PagedSearch(search.searchService)
                        .forEach(query, issue -> {}));

        String message = failed.getMessage();
        assertTrue(message, message.contains("at most 10,000 hits of one search"));
        assertTrue(message, message.contains("jira.search.platform.max.result.window"));
        assertTrue(message, message.contains(query.toString()));
        assertTrue(message, message.contains("created from 2025-03-01 10:00 to before 2025-03-01 10:01"));
        assertEveryPageEndsInsideTheWindow();
    }

    @Test
    public void inListsAreChunkedByAThousand() {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            ids.add(i);
        }

        List<List<Integer>> chunks = PagedSearch.chunks(ids);

        assertEquals(List.of(1000, 1000, 500), chunks.stream().map(List::size).toList());
        assertEquals(ids, chunks.stream().flatMap(List::stream).toList());
    }

    private void indexIssues(int count, long secondsApart) {
        for (int i = 0; i < count; i++) {
            index.add(issue(i, "A-" + i).created(FIRST.plusSeconds(secondsApart * i)));
        }
    }

    private static Query projectQuery() {
        return JqlQueryBuilder.newBuilder().where().field("project").eq("A").buildQuery();
    }

    private void assertReadOnceEach(List<Issue> found, int expected) {
        assertEquals(expected, found.size());
        assertEquals(expected, new HashSet<>(found.stream().map(Issue::getId).toList()).size());
    }

    private void assertEveryPageEndsInsideTheWindow() {
        search.pages.forEach(
                page -> assertTrue(page + " ends beyond the window", page.end() <= PagedSearch.RESULT_WINDOW));
    }
}
