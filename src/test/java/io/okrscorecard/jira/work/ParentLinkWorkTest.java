package io.okrscorecard.jira.work;

import static io.okrscorecard.jira.JiraIssues.issue;
import static io.okrscorecard.jira.JiraIssues.link;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.jira.ConfigurationProblem;
import io.okrscorecard.jira.FakeSearch;
import io.okrscorecard.jira.JiraIssues;
import io.okrscorecard.jira.JiraIssues.FakeIssue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The levels above epics as Jira gives them: Advanced Roadmaps' Parent Link field, whose Java value is not public API,
 * read as an issue, as the field type's string form of a key or an id, or, where it says nothing usable, from the query
 * that found each issue.
 */
public class ParentLinkWorkTest {
    private static final long CONTRIBUTION = 300;
    private static final long PARENT_LINK_ID = 110;
    private static final KeyResultId KR = KeyResultId.of(1);

    private final CustomField epicLink = JiraIssues.field(101, JiraWorkItemSource.EPIC_LINK_TYPE);
    private final CustomField epicName = JiraIssues.field(102, JiraWorkItemSource.EPIC_NAME_TYPE);
    private final CustomField parentLink = JiraIssues.field(PARENT_LINK_ID, JiraWorkItemSource.PARENT_LINK_TYPE);

    private final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    private final ScorecardSettingsRepository settings = mock(ScorecardSettingsRepository.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();
    private final Map<Long, List<IssueLink>> outward = new HashMap<>();
    private final List<FakeIssue> issues = new ArrayList<>();
    /** The key of each issue's parent, as Advanced Roadmaps knows it. */
    private final Map<FakeIssue, String> parents = new HashMap<>();

    private long nextLinkId = 1;
    private FakeSearch search;

    @Before
    public void jira() {
        search = new FakeSearch(this::answer);
        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.of(String.valueOf(CONTRIBUTION)));
        when(settings.appSettings()).thenReturn(AppSettings.defaults());
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(epicLink, epicName, parentLink));
        when(customFields.getCustomFieldObject(anyString())).thenReturn(null);
        when(links.getInwardLinks(anyLong())).thenAnswer(i -> inward.getOrDefault(i.<Long>getArgument(0), List.of()));
        when(links.getOutwardLinks(anyLong())).thenAnswer(i -> outward.getOrDefault(i.<Long>getArgument(0), List.of()));
    }

    @After
    public void closeSearch() {
        search.close();
    }

    @Test
    public void anInitiativeIsReadDownThroughItsEpicsToTheirChildren() {
        FakeIssue initiative = issue(1000, "INI-1");
        contributes(initiative);
        FakeIssue epic = child(epic(2000, "EP-1"), initiative, issue -> issue);
        FakeIssue story = child(issue(2001, "ST-9"), initiative, issue -> issue);
        FakeIssue a1 = inEpic(issue(3000, "ST-1"), epic);
        FakeIssue a2 = inEpic(issue(3001, "ST-2"), epic);

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(IssueId.of(1000), graph.item(IssueId.of(2000)).parentLinkId());
        assertEquals(List.of("ST-1", "ST-2", "ST-9"), counted(graph));
        assertTrue(graph.item(IssueId.of(a1.getId())) != null && graph.item(IssueId.of(a2.getId())) != null);
        assertEquals(IssueId.of(1000), graph.item(IssueId.of(story.getId())).parentLinkId());
    }

    @Test
    public void aParentLinkGivenAsAKeyNamesItsParentAmongSeveralInOneQuery() {
        FakeIssue first = issue(1000, "INI-1");
        FakeIssue second = issue(1001, "INI-2");
        contributes(first);
        contributes(second);
        child(epic(2000, "EP-1"), first, issue -> issue.getKey());
        child(issue(2001, "ST-9"), second, issue -> issue.getKey());
        inEpic(issue(3000, "ST-1"), issue(2000, "EP-1"));

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(IssueId.of(1000), graph.item(IssueId.of(2000)).parentLinkId());
        assertEquals(IssueId.of(1001), graph.item(IssueId.of(2001)).parentLinkId());
        assertEquals(
                "one query for the two initiatives, one for the level below",
                List.of(List.of("INI-1", "INI-2"), List.of("ST-9")),
                parentLinkQueries().stream().map(FakeSearch.BuiltQuery::inKeys).toList());
    }

    @Test
    public void aParentLinkTheFieldCannotNameIsTakenFromTheQueryOfEachParentAlone() {
        FakeIssue first = issue(1000, "INI-1");
        FakeIssue second = issue(1001, "INI-2");
        contributes(first);
        contributes(second);
        child(issue(2000, "ST-1"), first, issue -> new Object());
        child(issue(2001, "ST-2"), second, issue -> new Object());

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(IssueId.of(1000), graph.item(IssueId.of(2000)).parentLinkId());
        assertEquals(IssueId.of(1001), graph.item(IssueId.of(2001)).parentLinkId());
        assertEquals(
                List.of(List.of("INI-1", "INI-2"), List.of("INI-1"), List.of("INI-2"), List.of("ST-1", "ST-2")),
                parentLinkQueries().stream().map(FakeSearch.BuiltQuery::inKeys).toList());
    }

    @Test
    public void aParentLinkCycleIsReadOnceAndReportedByTheWorkSet() {
        FakeIssue first = issue(1000, "INI-1");
        FakeIssue second = issue(1001, "INI-2");
        contributes(first);
        child(second, first, issue -> issue.getId().toString());
        child(first, second, issue -> issue.getId().toString());
        child(issue(2000, "ST-1").done(), second, issue -> issue);

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(List.of("ST-1"), counted(graph));
        WorkSet work = WorkSet.expand(KR, graph, RollupSettings.defaults());
        assertEquals(
                List.of(IssueKey.of("INI-1")),
                List.copyOf(work.hierarchyCycles().values()));
        assertEquals(
                "each level searched once, INI-1 never again",
                List.of(List.of("INI-1"), List.of("INI-2"), List.of("ST-1")),
                parentLinkQueries().stream().map(FakeSearch.BuiltQuery::inKeys).toList());
    }

    @Test
    public void anIssueEventReadsTheParentLinkKeyAsTheIdOfThatIssue() {
        FakeIssue initiative = issue(1000, "INI-1");
        issues.add(initiative);
        FakeIssue epic = child(epic(2000, "EP-1"), initiative, issue -> issue.getKey());

        Map<IssueId, WorkItem> read = source().items(List.of(IssueId.of(epic.getId())));

        assertEquals(IssueId.of(1000), read.get(IssueId.of(2000)).parentLinkId());
    }

    @Test
    public void aFieldTheAdminNamesIsFollowedInsteadOfAdvancedRoadmapsOne() {
        CustomField ownParent = JiraIssues.field(120, "com.atlassian.jira.plugin.system.customfieldtypes:issue-picker");
        when(settings.appSettings()).thenReturn(AppSettings.defaults().withParentLinkFieldId("customfield_120"));
        when(customFields.getCustomFieldObject("customfield_120")).thenReturn(ownParent);
        FakeIssue initiative = issue(1000, "INI-1");
        contributes(initiative);
        FakeIssue story = issue(2001, "ST-9").value(ownParent, initiative);
        issues.add(story);
        parents.put(story, "INI-1");

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(IssueId.of(1000), graph.item(IssueId.of(2001)).parentLinkId());
        assertTrue(
                search.queries.stream().anyMatch(query -> query.clauses().get(0).startsWith("cf[120]")));
        assertTrue(source().configurationProblems().stream()
                .noneMatch(problem -> problem.kind() == ConfigurationProblem.Kind.PARENT_LINK_FIELD_MISSING));
    }

    @Test
    public void aFieldTheAdminNamesThatDoesNotExistIsAConfigurationProblemAndNothingExpands() {
        when(settings.appSettings()).thenReturn(AppSettings.defaults().withParentLinkFieldId("customfield_404"));
        FakeIssue initiative = issue(1000, "INI-1");
        contributes(initiative);
        child(issue(2001, "ST-9"), initiative, issue -> issue);

        WorkGraph graph = source().workFor(List.of(KR));

        assertEquals(List.of("INI-1"), counted(graph));
        assertTrue(parentLinkQueries().isEmpty());
        assertTrue(source().configurationProblems().stream()
                .anyMatch(problem -> problem.kind() == ConfigurationProblem.Kind.PARENT_LINK_FIELD_MISSING));
    }

    private List<FakeSearch.BuiltQuery> parentLinkQueries() {
        return search.queries.stream()
                .filter(query -> query.clauses().get(0).startsWith("cf[" + PARENT_LINK_ID + "]"))
                .toList();
    }

    private List<String> counted(WorkGraph graph) {
        return WorkSet.expand(KR, graph, RollupSettings.defaults()).items().stream()
                .map(item -> item.key().value())
                .sorted()
                .toList();
    }

    /** The issues a query finds: by Parent Link (keys), by Epic Link (epic ids) or by id or key. */
    private List<? extends Issue> answer(FakeSearch.BuiltQuery query) {
        String first = query.clauses().get(0);
        if (first.startsWith("cf[" + PARENT_LINK_ID + "]") || first.startsWith("cf[120]")) {
            return parents.entrySet().stream()
                    .filter(entry -> query.inKeys().contains(entry.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
        }
        if (first.startsWith(JiraWorkItemSource.ISSUE_CLAUSE + " in ")) {
            return issues.stream()
                    .filter(issue -> query.inValues().contains(issue.getId())
                            || query.inKeys().contains(issue.getKey()))
                    .toList();
        }
        return issues.stream()
                .filter(issue -> issue.getCustomFieldValue(epicLink) instanceof Issue epic
                        && query.inValues().contains(epic.getId()))
                .toList();
    }

    private FakeIssue child(FakeIssue child, FakeIssue parent, Function<FakeIssue, Object> value) {
        child.value(parentLink, value.apply(parent));
        parents.put(child, parent.getKey());
        issues.add(child);
        return child;
    }

    private FakeIssue inEpic(FakeIssue child, FakeIssue epic) {
        child.value(epicLink, epic);
        issues.add(child);
        return child;
    }

    private FakeIssue epic(long id, String key) {
        return issue(id, key).type("Epic").value(epicName, key + " name");
    }

    private void contributes(FakeIssue issue) {
        issues.add(issue);
        Issue kr = issue(KR.value(), "KR-" + KR.value());
        IssueLink link = link(nextLinkId++, CONTRIBUTION, issue, kr);
        inward.computeIfAbsent(KR.value(), k -> new ArrayList<>()).add(link);
        outward.computeIfAbsent(issue.getId(), k -> new ArrayList<>()).add(link);
    }

    private JiraWorkItemSource source() {
        return new JiraWorkItemSource(settings, registry, customFields, links, search.searchService);
    }
}
