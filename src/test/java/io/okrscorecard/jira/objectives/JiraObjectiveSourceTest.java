package io.okrscorecard.jira.objectives;

import static io.okrscorecard.jira.JiraIssues.issue;
import static io.okrscorecard.jira.JiraIssues.link;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.MappingSource;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.CheckInRepository;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.jira.ConfigurationProblem;
import io.okrscorecard.jira.FakeSearch;
import io.okrscorecard.jira.JiraIssues;
import io.okrscorecard.jira.JiraIssues.FakeIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class JiraObjectiveSourceTest {
    private static final long MEASURES = 400;
    private static final String SELECT = "com.atlassian.jira.plugin.system.customfieldtypes:select";
    private static final String NUMBER = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    private static final PerspectiveKey CUSTOMER = PerspectiveKey.of("customer");

    private final CustomField perspectiveField = JiraIssues.field(201, SELECT);
    private final CustomField cycleField =
            JiraIssues.field(202, "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
    private final CustomField kindField = JiraIssues.field(203, SELECT);
    private final CustomField startField = JiraIssues.field(204, NUMBER);
    private final CustomField targetField = JiraIssues.field(205, NUMBER);
    private final CustomField weightField = JiraIssues.field(207, NUMBER);
    private final CustomField otherSelect = JiraIssues.field(299, SELECT);

    private final Map<HostObject, String> ids = new HashMap<>();
    private final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    private final ScorecardSettingsRepository settings = mock(ScorecardSettingsRepository.class);
    private final CheckInRepository checkIns = mock(CheckInRepository.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueLinkManager links = mock(IssueLinkManager.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();
    private final Map<Long, List<IssueLink>> outward = new HashMap<>();
    private final List<FakeIssue> objectives = new ArrayList<>();
    private long nextLinkId = 1;
    private FakeSearch search;

    @Before
    public void jira() {
        search = new FakeSearch(query -> objectives);
        ids.put(HostObject.OBJECTIVE_ISSUE_TYPE, "10");
        ids.put(HostObject.KEY_RESULT_LINK, String.valueOf(MEASURES));
        for (CustomField field :
                List.of(perspectiveField, cycleField, kindField, startField, targetField, weightField)) {
            when(customFields.getCustomFieldObject(field.getId())).thenReturn(field);
        }
        when(customFields.getCustomFieldObject(otherSelect.getId())).thenReturn(otherSelect);
        ids.put(HostObject.PERSPECTIVE_FIELD, perspectiveField.getId());
        ids.put(HostObject.CYCLE_FIELD, cycleField.getId());
        ids.put(HostObject.KR_KIND_FIELD, kindField.getId());
        ids.put(HostObject.KR_START_FIELD, startField.getId());
        ids.put(HostObject.KR_TARGET_FIELD, targetField.getId());
        ids.put(HostObject.WEIGHT_FIELD, weightField.getId());
        when(registry.idOf(any())).thenAnswer(i -> Optional.ofNullable(ids.get(i.<HostObject>getArgument(0))));
        when(customFields.getCustomFieldObject(anyString()))
                .thenAnswer(
                        i -> List.of(
                                        perspectiveField,
                                        cycleField,
                                        kindField,
                                        startField,
                                        targetField,
                                        weightField,
                                        otherSelect)
                                .stream()
                                .filter(f -> f.getId().equals(i.getArgument(0)))
                                .findFirst()
                                .orElse(null));
        when(settings.perspectiveMapping()).thenReturn(PerspectiveMapping.defaults());
        when(checkIns.histories(anyCollection())).thenReturn(Map.of());
        when(links.getInwardLinks(anyLong())).thenAnswer(i -> inward.getOrDefault(i.<Long>getArgument(0), List.of()));
        when(links.getOutwardLinks(anyLong())).thenAnswer(i -> outward.getOrDefault(i.<Long>getArgument(0), List.of()));
    }

    @After
    public void closeSearch() {
        search.close();
    }

    @Test
    public void oneObjectiveIsReadByIdWithItsKeyResults() {
        ids.put(HostObject.OBJECTIVE_ISSUE_TYPE, "Objective");
        FakeIssue objective = objective(100, "OKR-1");
        measures(issue(110, "OKR-10"), objective);
        when(issueManager.getIssueObjects(List.of(100L))).thenReturn(List.of(objective));

        Objective read = source().objective(new ObjectiveId(100)).orElseThrow();

        assertEquals("OKR-1", read.key().value());
        assertEquals(1, read.keyResults().size());
    }

    @Test
    public void theOwnerIsTheAssigneeWithTheDisplayNameJiraShowsAndTheKeyKept() {
        ApplicationUser jane = mock(ApplicationUser.class);
        when(jane.getKey()).thenReturn("JIRAUSER10204");
        when(jane.getDisplayName()).thenReturn("Jane Doe");
        ApplicationUser nameless = mock(ApplicationUser.class);
        when(nameless.getKey()).thenReturn("JIRAUSER10205");
        objectives.add(objective(100, "OKR-1").assignee(jane));
        objectives.add(objective(101, "OKR-2").assignee(nameless));
        objectives.add(objective(102, "OKR-3"));

        List<Objective> read = source().objectivesIn(CycleId.of("2026-Q4"));

        assertEquals(new Person("JIRAUSER10204", "Jane Doe"), read.get(0).owner());
        assertEquals(
                "a user without a display name is shown by the key",
                "JIRAUSER10205",
                read.get(1).owner().displayName());
        assertNull(read.get(2).owner());
    }

    @Test
    public void anIssueThatIsNotAnObjectiveIsNoObjective() {
        ids.put(HostObject.OBJECTIVE_ISSUE_TYPE, "Objective");
        when(issueManager.getIssueObjects(List.of(110L))).thenReturn(List.of(issue(110, "OKR-10")));

        assertTrue(source().objective(new ObjectiveId(110)).isEmpty());
        assertTrue(source().objective(new ObjectiveId(999)).isEmpty());
    }

    @Test
    public void objectivesOfACycleComeFromAPagedJqlSearchOnTypeAndCycle() {
        FakeIssue objective = objective(100, "OKR-1").value(weightField, 2.0);
        objectives.add(objective);
        objectives.add(objective(101, "OKR-2").value(cycleField, "2026-Q4b"));
        measures(issue(110, "OKR-10"), objective);
        measures(
                issue(111, "OKR-11")
                        .value(kindField, option("Metric"))
                        .value(startField, 10.0)
                        .value(targetField, 50.0),
                objective);
        measures(issue(112, "OKR-12").done().value(kindField, option("Milestone")), objective);

        List<Objective> read = source().objectivesIn(CycleId.of("2026-Q4"));

        assertEquals(
                List.of("issuetype=[10]", "cf[202]=2026-Q4"),
                search.queries.get(0).clauses());
        search.pages.forEach(page -> assertEquals(1000, page.max()));
        assertEquals(1, read.size());
        Objective okr1 = read.get(0);
        assertEquals(2.0, okr1.weight().value(), 0.0);
        assertEquals(
                List.of(KeyResultKind.WORK, KeyResultKind.METRIC, KeyResultKind.MILESTONE),
                okr1.keyResults().stream().map(kr -> kr.kind()).toList());
        assertEquals(50.0, ((Measure.Metric) okr1.keyResults().get(1).measure()).target(), 0.0);
        verify(checkIns, times(1)).histories(anyCollection());
    }

    @Test
    public void aCycleOfMoreObjectivesThanTheSearchWindowIsReadCompletelyInsideIt() {
        search.close();
        search = FakeSearch.jira11(query -> objectives);
        for (int i = 0; i < 12_000; i++) {
            objectives.add(objective(100_000 + i, "OKR-" + (i + 1)));
        }

        List<Objective> read = source().objectivesIn(CycleId.of("2026-Q4"));

        assertEquals(12_000, read.size());
        search.pages.forEach(page -> assertTrue(page + " ends beyond the window", page.end() <= 10_000));
    }

    @Test
    public void perspectiveComesFromTheBscPerspectiveFieldByDefault() {
        assertEquals(CUSTOMER, perspectiveOf(objective(100, "OKR-1").value(perspectiveField, option("Customer"))));
    }

    @Test
    public void perspectiveCanComeFromAnotherSelectField() {
        mapping(new PerspectiveMapping(MappingSource.SELECT_FIELD, otherSelect.getId(), Map.of("Clients", CUSTOMER)));

        assertEquals(CUSTOMER, perspectiveOf(objective(100, "OKR-1").value(otherSelect, option("Clients"))));
    }

    @Test
    public void perspectiveCanComeFromLabels() {
        mapping(new PerspectiveMapping(MappingSource.LABELS, null, Map.of("bsc-customer", CUSTOMER)));

        assertEquals(CUSTOMER, perspectiveOf(objective(100, "OKR-1").labels(label("q4"), label("bsc-customer"))));
    }

    @Test
    public void perspectiveCanComeFromComponents() {
        mapping(new PerspectiveMapping(MappingSource.COMPONENTS, null, Map.of("Customer Success", CUSTOMER)));

        assertEquals(CUSTOMER, perspectiveOf(objective(100, "OKR-1").components(component("Customer Success"))));
    }

    @Test
    public void anUnmappedValueLeavesTheObjectiveUnassigned() {
        assertNull(perspectiveOf(objective(100, "OKR-1").value(perspectiveField, option("Marketing"))));
    }

    @Test
    public void aKeyResultClaimedByTwoObjectivesIsReportedAndKeptByTheFirstClaim() {
        FakeIssue first = objective(100, "OKR-1");
        FakeIssue second = objective(101, "OKR-2");
        FakeIssue keyResult = issue(110, "OKR-10");
        measures(keyResult, first);
        measures(keyResult, second);
        objectives.add(second);
        objectives.add(first);

        ObjectiveReading reading = source().readCycle(CycleId.of("2026-Q4"));

        assertEquals(
                List.of(ConfigurationProblem.of(
                        ConfigurationProblem.Kind.KEY_RESULT_MEASURES_TWO_OBJECTIVES, "OKR-10", "OKR-1", "OKR-2")),
                reading.problems());
        assertEquals(1, reading.objectives().get(0).keyResults().size());
        assertEquals(0, reading.objectives().get(1).keyResults().size());
        new ScorecardDefinition(
                Cycle.of("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)),
                Perspectives.defaults(),
                RollupSettings.defaults(),
                StatusMode.ABSOLUTE,
                reading.objectives());
    }

    @Test
    public void objectivesMeasuredByKeyResultsComeWithAllTheirKeyResults() {
        FakeIssue objective = objective(100, "OKR-1");
        measures(issue(110, "OKR-10"), objective);
        measures(issue(111, "OKR-11"), objective);

        List<Objective> read = source().objectivesMeasuredBy(List.of(KeyResultId.of(110), KeyResultId.of(999)));

        assertEquals(1, read.size());
        assertEquals(2, read.get(0).keyResults().size());
    }

    private PerspectiveKey perspectiveOf(FakeIssue objective) {
        measures(issue(110, "OKR-10"), objective);
        return source().objectivesMeasuredBy(List.of(KeyResultId.of(110)))
                .get(0)
                .perspective();
    }

    private JiraObjectiveSource source() {
        return new JiraObjectiveSource(
                settings, checkIns, registry, customFields, links, search.searchService, issueManager);
    }

    private void mapping(PerspectiveMapping mapping) {
        when(settings.perspectiveMapping()).thenReturn(mapping);
    }

    private FakeIssue objective(long id, String key) {
        return issue(id, key).type("Objective").value(cycleField, "2026-Q4");
    }

    private void measures(FakeIssue keyResult, FakeIssue objective) {
        IssueLink link = link(nextLinkId++, MEASURES, keyResult, objective);
        inward.computeIfAbsent(objective.getId(), k -> new ArrayList<>()).add(link);
        outward.computeIfAbsent(keyResult.getId(), k -> new ArrayList<>()).add(link);
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(value);
        return option;
    }

    private static Label label(String name) {
        Label label = mock(Label.class);
        when(label.getLabel()).thenReturn(name);
        return label;
    }

    private static ProjectComponent component(String name) {
        ProjectComponent component = mock(ProjectComponent.class);
        when(component.getName()).thenReturn(name);
        return component;
    }
}
