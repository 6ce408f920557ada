package io.okrscorecard.jira.work;

import static io.okrscorecard.jira.JiraIssues.issue;
import static io.okrscorecard.jira.JiraIssues.link;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.rollup.Contributions;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.jira.ConfigurationProblem;
import io.okrscorecard.jira.FakeSearch;
import io.okrscorecard.jira.JiraIssues;
import io.okrscorecard.jira.JiraIssues.FakeIssue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class JiraWorkItemSourceTest {
    private static final long CONTRIBUTION = 300;
    private static final long OTHER_LINK_TYPE = 301;
    private static final KeyResultId KR = KeyResultId.of(1);
    private static final KeyResultId OTHER_KR = KeyResultId.of(2);

    private final CustomField epicLink = JiraIssues.field(101, JiraWorkItemSource.EPIC_LINK_TYPE);
    private final CustomField epicName = JiraIssues.field(102, JiraWorkItemSource.EPIC_NAME_TYPE);
    private final CustomField storyPoints =
            JiraIssues.field(105, "com.atlassian.jira.plugin.system.customfieldtypes:float");

    private final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    private final ScorecardSettingsRepository settings = mock(ScorecardSettingsRepository.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();
    private final Map<Long, List<IssueLink>> outward = new HashMap<>();
    private final List<FakeIssue> children = new ArrayList<>();
    /** Issues that a search by id finds. */
    private final Map<Long, FakeIssue> byId = new HashMap<>();

    private long nextLinkId = 1;
    private FakeSearch search;

    @Before
    public void jira() {
        search = new FakeSearch(query -> query.clauses().get(0).startsWith(JiraWorkItemSource.ISSUE_CLAUSE + " in ")
                ? query.inValues().stream()
                        .map(byId::get)
                        .filter(issue -> issue != null)
                        .toList()
                : children.stream()
                        .filter(child -> query.inValues().contains(epicIdOf(child)))
                        .toList());
        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.of(String.valueOf(CONTRIBUTION)));
        when(settings.appSettings()).thenReturn(AppSettings.defaults().withStoryPointsFieldId("customfield_105"));
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(epicLink, epicName, storyPoints));
        when(customFields.getCustomFieldObject(anyString())).thenReturn(null);
        when(customFields.getCustomFieldObject("customfield_105")).thenReturn(storyPoints);
        when(links.getInwardLinks(anyLong())).thenAnswer(i -> inward.getOrDefault(i.<Long>getArgument(0), List.of()));
        when(links.getOutwardLinks(anyLong())).thenAnswer(i -> outward.getOrDefault(i.<Long>getArgument(0), List.of()));
        when(links.getIssueLinks(anyLong())).thenAnswer(i -> outward.values().stream()
                .flatMap(List::stream)
                .filter(link -> link.getLinkTypeId().equals(i.<Long>getArgument(0)))
                .toList());
    }

    @After
    public void closeSearch() {
        search.close();
    }

    @Test
    public void epicsAreExpandedAcrossSeveralChunksAndResultPages() {
        List<FakeIssue> epics = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            FakeIssue epic = epic(100_000 + i, "EP-" + (i + 1));
            epics.add(epic);
            contributes(epic, KR);
        }
        for (int i = 0; i < 1500; i++) {
            children.add(
                    issue(200_000 + i, "ST-" + (i + 1)).value(epicLink, i < 1200 ? epics.get(0) : epics.get(2400)));
        }

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(2500 + 1500, graph.size());
        assertEquals(1200, graph.childrenOf(IssueId.of(100_000)).size());
        assertEquals(300, graph.childrenOf(IssueId.of(102_400)).size());
        assertTrue(graph.expandsToChildren(IssueId.of(100_000)));
        assertEquals(3, search.queries.size());
        Set<Long> asked = new HashSet<>();
        for (FakeSearch.BuiltQuery query : search.queries) {
            assertTrue("IN list of " + query.inValues().size(), query.inValues().size() <= 1000);
            asked.addAll(query.inValues());
        }
        assertEquals(2500, asked.size());
        assertEquals(
                List.of(
                        new FakeSearch.Page(0, 1000),
                        new FakeSearch.Page(1000, 1000),
                        new FakeSearch.Page(0, 1000),
                        new FakeSearch.Page(0, 1000)),
                search.pages);
    }

    @Test
    public void aKeyResultOfTwentyFiveThousandIssuesOverAThousandEpicsIsReadCompletelyInsideTheSearchWindow() {
        useJira11Search();
        for (int e = 0; e < 1000; e++) {
            FakeIssue epic = epic(10_000 + e, "EP-" + (e + 1));
            contributes(epic, KR);
            for (int c = 0; c < 25; c++) {
                children.add(
                        issue(1_000_000 + e * 25 + c, "ST-" + (e * 25 + c + 1)).value(epicLink, epic));
            }
        }

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(1000 + 25_000, graph.size());
        assertEquals(25, graph.childrenOf(IssueId.of(10_999)).size());
        assertEveryPageEndsInsideTheWindow();
        // the 1,000 epics (25,000 hits) and their halves (12,500) exceed the window; quarters of 6,250 are read
        assertEquals(
                List.of(1000, 500, 250, 250, 500, 250, 250),
                search.queries.stream().map(q -> q.inValues().size()).toList());
        // 1 + 2 probes that found too many, then 7 pages for each quarter: 31 searches where 25 pages are the least
        assertEquals(31, search.pages.size());
    }

    @Test
    public void aKeyResultOfTwentyFiveThousandIssuesUnderOneEpicIsReadCompletelyInSlicesOfCreationTime() {
        useJira11Search();
        FakeIssue epic = epic(10, "EP-1");
        contributes(epic, KR);
        Instant first = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < 25_000; i++) {
            // one every 20 minutes: the epic's children span 347 days
            children.add(
                    issue(1_000_000 + i, "ST-" + (i + 1)).value(epicLink, epic).created(first.plusSeconds(1200L * i)));
        }

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(1 + 25_000, graph.size());
        assertEquals(25_000, graph.childrenOf(IssueId.of(10)).size());
        assertEveryPageEndsInsideTheWindow();
        assertTrue(
                "sliced by creation time",
                search.queries.stream().anyMatch(q -> q.createdFrom() != null && q.createdBefore() != null));
        // as PagedSearchTest reads the same creation times: 25 pages and 19 searches of bisecting 1970-2100
        assertEquals(44, search.pages.size());
    }

    @Test
    public void noSearchIsEverUnlimitedOrPerChildIssue() {
        FakeIssue epic = epic(10, "EP-1");
        contributes(epic, KR);
        for (int i = 0; i < 2345; i++) {
            children.add(issue(1000 + i, "ST-" + (i + 1)).value(epicLink, epic));
        }

        source().workFor(List.of(KR));

        assertEquals(1, search.queries.size());
        assertEquals(3, search.pages.size());
        search.pages.forEach(page -> assertTrue(page + " too large", page.max() > 0 && page.max() <= 1000));
    }

    @Test
    public void subTasksAreMarkedAsSubTasksWithTheirParent() {
        contributes(issue(11, "A-11").subTaskOf(10), KR);

        WorkItem subTask = source().workFor(List.of(KR)).item(IssueId.of(11));

        assertEquals(IssueKind.SUBTASK, subTask.kind());
        assertEquals(IssueId.of(10), subTask.parentId());
    }

    @Test
    public void statusCategoryResolutionPointsAndEstimateAreReadFromTheIssue() {
        contributes(issue(11, "A-11").done().resolution("Won't Do").value(storyPoints, 5.0), KR);
        contributes(issue(12, "A-12").inProgress().originalEstimate(7200), KR);
        contributes(issue(13, "A-13").category("undefined"), KR);

        WorkGraph graph = source().workFor(List.of(KR));

        WorkItem done = graph.item(IssueId.of(11));
        assertEquals(StatusCategory.DONE, done.status());
        assertEquals("Won't Do", done.resolution());
        assertEquals(5.0, done.storyPoints(), 0.0);
        WorkItem inProgress = graph.item(IssueId.of(12));
        assertEquals(StatusCategory.INDETERMINATE, inProgress.status());
        assertNull(inProgress.resolution());
        assertNull(inProgress.storyPoints());
        assertEquals(Long.valueOf(7200), inProgress.originalEstimateSeconds());
        assertEquals(StatusCategory.NEW, graph.item(IssueId.of(13)).status());
    }

    @Test
    public void missingStoryPointsFieldIsAConfigurationProblemNotAnException() {
        when(settings.appSettings()).thenReturn(AppSettings.defaults().withStoryPointsFieldId("customfield_999"));
        contributes(issue(11, "A-11").value(storyPoints, 5.0), KR);

        JiraWorkItemSource source = source();
        WorkGraph graph = source.workFor(List.of(KR));

        assertNull(graph.item(IssueId.of(11)).storyPoints());
        assertEquals(
                List.of(ConfigurationProblem.of(
                        ConfigurationProblem.Kind.STORY_POINTS_FIELD_MISSING, "customfield_999")),
                source.configurationProblems());
    }

    @Test
    public void otherContributionLinksOfFoundIssuesAreRecordedSoSharedItemsAreKnown() {
        FakeIssue shared = issue(11, "A-11");
        contributes(shared, KR);
        contributes(shared, OTHER_KR);
        FakeIssue epic = epic(20, "EP-1");
        contributes(epic, KR);
        FakeIssue child = issue(21, "A-21").value(epicLink, epic);
        children.add(child);
        contributes(child, OTHER_KR);
        FakeIssue unrelatedLink = issue(12, "A-12");
        contributes(unrelatedLink, KR);
        outward.computeIfAbsent(12L, k -> new ArrayList<>())
                .add(link(nextLinkId++, OTHER_LINK_TYPE, unrelatedLink, issue(3, "X-3")));

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(Set.of(KR, OTHER_KR), graph.keyResultsLinking(IssueId.of(11)));
        assertEquals(Set.of(OTHER_KR), graph.keyResultsLinking(IssueId.of(21)));
        assertEquals(Set.of(KR), graph.keyResultsLinking(IssueId.of(12)));
    }

    @Test
    public void itemsOfALargeWorkSetSharedWithOtherKeyResultsAreFoundWithOneReadOfAllContributionLinks() {
        FakeIssue epic = epic(10, "EP-1");
        contributes(epic, KR);
        for (int i = 0; i < 1500; i++) {
            FakeIssue story = issue(400_000 + i, "ST-" + (i + 1)).value(epicLink, epic);
            children.add(story);
            if (i % 500 == 0) {
                contributes(story, OTHER_KR);
            }
        }

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(1501, graph.size());
        assertEquals(Set.of(OTHER_KR), graph.keyResultsLinking(IssueId.of(400_500)));
        assertEquals(Set.of(), graph.keyResultsLinking(IssueId.of(400_501)));
        assertEquals(Set.of(KR), graph.keyResultsLinking(IssueId.of(10)));
        verify(links, times(1)).getIssueLinks(CONTRIBUTION);
        verify(links, never()).getOutwardLinks(anyLong());
    }

    @Test
    public void itemsOfASmallWorkSetHaveTheirOwnLinksRead() {
        FakeIssue epic = epic(10, "EP-1");
        contributes(epic, KR);
        FakeIssue shared = issue(20, "ST-1").value(epicLink, epic);
        children.add(shared);
        contributes(shared, OTHER_KR);

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(Set.of(OTHER_KR), graph.keyResultsLinking(IssueId.of(20)));
        verify(links, never()).getIssueLinks(anyLong());
        verify(links, times(2)).getOutwardLinks(anyLong());
    }

    @Test
    public void itemsAreReadByIdInOneSearchPerThousandIdsNeverOnePerIssue() {
        FakeIssue epic = epic(10, "EP-1");
        List<IssueId> asked = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            FakeIssue story = issue(300_000 + i, "ST-" + (i + 1)).value(epicLink, epic);
            byId.put(story.getId(), story);
            asked.add(IssueId.of(story.getId()));
        }
        asked.add(IssueId.of(999_999));

        Map<IssueId, WorkItem> items = source().items(asked);

        assertEquals(2500, items.size());
        assertNull("a deleted issue is not found", items.get(IssueId.of(999_999)));
        assertEquals(IssueId.of(10), items.get(IssueId.of(300_000)).epicId());
        assertEquals(3, search.queries.size());
        for (FakeSearch.BuiltQuery query : search.queries) {
            assertEquals(
                    List.of(JiraWorkItemSource.ISSUE_CLAUSE + " in "
                            + query.inValues().size()),
                    query.clauses());
            assertTrue("IN list of " + query.inValues().size(), query.inValues().size() <= 1000);
        }
        assertEquals(
                List.of(new FakeSearch.Page(0, 1000), new FakeSearch.Page(0, 1000), new FakeSearch.Page(0, 1000)),
                search.pages);
        verify(links, never()).getOutwardLinks(anyLong());
        verify(links, never()).getInwardLinks(anyLong());
    }

    @Test
    public void anItemReadByIdIsTheSnapshotTheWorkReadGives() {
        FakeIssue epic = epic(10, "EP-1");
        contributes(epic, KR);
        FakeIssue story =
                issue(20, "ST-1").value(epicLink, epic).value(storyPoints, 5.0).inProgress();
        children.add(story);
        byId.put(story.getId(), story);

        WorkItem fromWork = source().workFor(List.of(KR)).item(IssueId.of(20));
        WorkItem byItsId = source().items(List.of(IssueId.of(20))).get(IssueId.of(20));

        assertEquals(fromWork, byItsId);
        assertEquals(5.0, byItsId.storyPoints(), 0.0);
    }

    @Test
    public void askingForNoItemsSearchesNothing() {
        assertEquals(Map.of(), source().items(List.of()));
        assertEquals(List.of(), search.queries);
    }

    @Test
    public void withoutTheContributionLinkTypeNothingIsRead() {
        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.empty());

        assertEquals(0, source().workFor(List.of(KR)).size());
        assertTrue(source().configurationProblems().stream()
                .anyMatch(p -> p.kind() == ConfigurationProblem.Kind.HOST_OBJECT_MISSING));
    }

    private void useJira11Search() {
        search.close();
        search = FakeSearch.jira11(query -> children.stream()
                .filter(child -> query.inValues().contains(epicIdOf(child)))
                .toList());
    }

    private void assertEveryPageEndsInsideTheWindow() {
        search.pages.forEach(page -> assertTrue(page + " ends beyond the window", page.end() <= 10_000));
    }

    @Test
    public void aSubTasksChainIsReadOneSearchPerStepUpwardWithTheLinksOfEachItemAndNoWorkSet() {
        FakeIssue epic = epic(500, "EP-1");
        FakeIssue story = issue(501, "ST-1").value(epicLink, epic);
        FakeIssue subTask = issue(502, "ST-2").subTaskOf(501);
        List.of(epic, story, subTask).forEach(issue -> byId.put(issue.getId(), issue));
        contributes(epic, KR);
        contributes(story, OTHER_KR);

        WorkChain chain = chains().chainOf(IssueId.of(502));

        assertEquals(3, chain.items().size());
        assertEquals(Set.of(KR, OTHER_KR), chain.keyResults());
        // the sub-task, its parent, the parent's epic: one search each; the epic's children are known from the story
        assertEquals(3, search.queries.size());
        verify(links, never()).getInwardLinks(anyLong());
        List<Contributions.Contribution> contributions =
                Contributions.of(chain, AppSettings.defaults().rollup());
        assertEquals(2, contributions.size());
        contributions.forEach(contribution -> assertEquals(Contributions.Way.SUBTASK, contribution.way()));
    }

    @Test
    public void aLinkedEpicsChainCountsItsChildrenWithOneSearch() {
        FakeIssue epic = epic(600, "EP-2");
        byId.put(epic.getId(), epic);
        contributes(epic, KR);
        children.add(issue(601, "ST-3").value(epicLink, epic));
        children.add(issue(602, "ST-4").value(epicLink, epic));

        WorkChain chain = chains().chainOf(IssueId.of(600));

        assertEquals(new WorkChain.Children(2, 2), chain.children());
        assertEquals(2, search.queries.size());
        Contributions.Contribution contribution =
                Contributions.of(chain, AppSettings.defaults().rollup()).get(0);
        assertEquals(Contributions.Way.EXPANDED, contribution.way());
        assertEquals(2, contribution.children());
    }

    private JiraWorkChains chains() {
        return new JiraWorkChains(source(), links, registry, customFields);
    }

    private JiraWorkItemSource source() {
        return new JiraWorkItemSource(settings, registry, customFields, links, search.searchService);
    }

    private FakeIssue epic(long id, String key) {
        return issue(id, key).type("Epic").value(epicName, key + " name");
    }

    private void contributes(FakeIssue issue, KeyResultId keyResult) {
        Issue kr = issue(keyResult.value(), "KR-" + keyResult.value());
        IssueLink link = link(nextLinkId++, CONTRIBUTION, issue, kr);
        inward.computeIfAbsent(keyResult.value(), k -> new ArrayList<>()).add(link);
        outward.computeIfAbsent(issue.getId(), k -> new ArrayList<>()).add(link);
    }

    private Long epicIdOf(FakeIssue child) {
        Object epic = child.getCustomFieldValue(epicLink);
        return epic instanceof Issue issue ? issue.getId() : null;
    }
}
