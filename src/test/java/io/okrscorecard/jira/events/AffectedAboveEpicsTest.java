package io.okrscorecard.jira.events;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.jira.JiraIssues;
import io.okrscorecard.jira.JiraIssues.FakeIssue;
import io.okrscorecard.jira.work.ParentLinks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.AdditionalAnswers;

/** An issue change reaches the key results linked to the levels above it: Parent Links up from it or its epic. */
public class AffectedAboveEpicsTest {
    private static final long CONTRIBUTION = 300;
    private static final long EPIC_STORY = 400;
    private static final String PARENT_LINK_TYPE = "com.atlassian.jpo:jpo-custom-field-parent";

    private final CustomField parentLink = JiraIssues.field(110, PARENT_LINK_TYPE);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final ScorecardSettingsRepository settings = mock(ScorecardSettingsRepository.class);
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();
    private final Map<Long, List<IssueLink>> outward = new HashMap<>();
    private long nextLinkId = 1;

    private final FakeIssue theme = JiraIssues.issue(900, "TH-1");
    private final FakeIssue initiative = JiraIssues.issue(1000, "INI-1");
    private final FakeIssue epic = JiraIssues.issue(2000, "EP-1").type("Epic");
    private final FakeIssue story = JiraIssues.issue(3000, "ST-1");

    @Before
    public void jira() {
        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.of(String.valueOf(CONTRIBUTION)));
        when(registry.idOf(HostObject.KEY_RESULT_LINK)).thenReturn(Optional.empty());
        when(registry.idOf(HostObject.KEY_RESULT_ISSUE_TYPE)).thenReturn(Optional.empty());
        IssueLinkType epicStory = mock(IssueLinkType.class);
        when(epicStory.getId()).thenReturn(EPIC_STORY);
        when(linkTypes.getIssueLinkTypesByName(AffectedKeyResults.EPIC_STORY_LINK))
                .thenReturn(List.of(epicStory));
        when(links.getInwardLinks(anyLong())).thenAnswer(i -> inward.getOrDefault(i.<Long>getArgument(0), List.of()));
        when(links.getOutwardLinks(anyLong())).thenAnswer(i -> outward.getOrDefault(i.<Long>getArgument(0), List.of()));
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(parentLink));
        when(settings.appSettings()).thenReturn(AppSettings.defaults());
        // the story is in the epic; the epic's Parent Link is the initiative (an issue value), the initiative's is the
        // theme (written as a key), and the theme's the initiative again (an id: a cycle)
        link(epic, story, EPIC_STORY);
        epic.value(parentLink, initiative);
        initiative.value(parentLink, "TH-1");
        theme.value(parentLink, "1000");
    }

    @Test
    public void aStoryChangeReachesTheKeyResultsOfTheInitiativeAndThemeAboveItsEpic() {
        contributes(initiative, 9);
        contributes(theme, 8);
        stubLookups();

        assertEquals(
                Set.of(KeyResultId.of(8), KeyResultId.of(9)),
                affected().ofIssue(story).throughWork());
    }

    @Test
    public void aContributionLinkOfAStoryReachesTheKeyResultsAboveItsEpic() {
        contributes(initiative, 9);
        IssueLink added = contributes(story, 5);
        stubLookups();

        assertEquals(Set.of(KeyResultId.of(5), KeyResultId.of(9)), affected().ofLink(added));
    }

    @Test
    public void withoutAdvancedRoadmapsNothingAboveIsLookedUp() {
        contributes(initiative, 9);
        when(customFields.getCustomFieldObjects()).thenReturn(List.of());

        assertEquals(Set.of(), affected().ofIssue(story).throughWork());
    }

    /** Jira's issue manager finds the theme by key and the initiative by id. */
    private void stubLookups() {
        when(issues.getIssueObject("TH-1")).thenReturn(mutable(theme));
        when(issues.getIssueObject(1000L)).thenReturn(mutable(initiative));
    }

    private static MutableIssue mutable(FakeIssue issue) {
        return mock(MutableIssue.class, AdditionalAnswers.delegatesTo(issue));
    }

    private AffectedKeyResults affected() {
        AffectedKeyResults affected =
                new AffectedKeyResults(links, linkTypes, registry, new ParentLinks(customFields, issues, settings));
        affected.refresh();
        return affected;
    }

    private IssueLink contributes(FakeIssue issue, long keyResult) {
        return link(issue, JiraIssues.issue(keyResult, "KR-" + keyResult), CONTRIBUTION);
    }

    private IssueLink link(FakeIssue source, FakeIssue destination, long type) {
        IssueLink link = JiraIssues.link(nextLinkId++, type, source, destination);
        outward.computeIfAbsent(source.getId(), k -> new ArrayList<>()).add(link);
        inward.computeIfAbsent(destination.getId(), k -> new ArrayList<>()).add(link);
        return link;
    }
}
