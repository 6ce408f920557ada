package io.okrscorecard.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.MappingSource;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.PerspectiveResolver;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ImportedJiraTest {

    private static final CycleId Q1 = CycleId.of("2026-Q1");
    private static final Cycle CYCLE = new Cycle(Q1, "2026 Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-15T12:00:00Z"), ZoneOffset.UTC);
    private static final double EPSILON = 1e-9;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private ExportFiles files;

    @Before
    public void copyExport() throws IOException {
        files = ExportFiles.standard(folder.newFolder().toPath());
    }

    @Test
    public void objectivesOfACycleAreTheObjectiveIssuesWithThatCycleValue() {
        ImportedJira jira = files.importAll();

        assertEquals(List.of("OKR-1", "OKR-2"), keys(jira.objectivesIn(Q1)));
        assertEquals(List.of("OKR-6"), keys(jira.objectivesIn(CycleId.of("2026-Q2"))));
        assertEquals(Set.of(Q1, CycleId.of("2026-Q2")), jira.cycles());
    }

    @Test
    public void keyResultsAreTheIssuesMeasuringTheObjectiveWithTheirKindAndWeight() {
        Objective revenue = objective(files.importAll(), 10002);

        assertEquals(List.of("OKR-4", "OKR-5"), krKeys(revenue));
        assertEquals(2.0, revenue.weight().value(), EPSILON);
        KeyResult mrr = revenue.keyResults().get(0);
        assertEquals(new Measure.Metric(100, 200, 100, "k EUR", null), mrr.measure());
        assertEquals(100.0, mrr.currentValue().orElseThrow(), EPSILON);
        KeyResult priceList = revenue.keyResults().get(1);
        assertEquals(new Measure.Milestone(StatusCategory.DONE), priceList.measure());
        assertEquals(3.0, priceList.weight().value(), EPSILON);
    }

    @Test
    public void aKeyResultMeasuringTwoObjectivesBelongsToTheOneLinkedFirst() {
        ImportedJira jira = files.importAll();

        assertEquals(List.of("OKR-3", "OKR-7"), krKeys(objective(jira, 10001)));
        assertEquals(List.of("OKR-4", "OKR-5"), krKeys(objective(jira, 10002)));
        assertTrue(
                jira.notes().toString(),
                jira.notes().stream().anyMatch(n -> n.startsWith("OKR-7 measures OKR-1 and OKR-2")));
    }

    @Test
    public void perspectiveComesFromTheBscPerspectiveOption() {
        ImportedJira jira = files.importAll();

        assertEquals(PerspectiveKey.of("customer"), objective(jira, 10001).perspective());
        assertEquals(PerspectiveKey.of("financial"), objective(jira, 10002).perspective());
        assertEquals(
                PerspectiveKey.of("learning-growth"), objective(jira, 10006).perspective());
    }

    @Test
    public void aMappingFileCanMapPerspectivesFromLabels() {
        ImportedJira jira = files.editMapping(mapping -> mapping.putObject("perspectives")
                        .put("source", "LABELS")
                        .putObject("values")
                        .put("money", "financial"))
                .editIssue(ExportFiles.PAGE_1, "OKR-6", fields -> fields.putArray("labels")
                        .add("people")
                        .add("money"))
                .importAll();

        assertEquals(PerspectiveKey.of("financial"), objective(jira, 10006).perspective());
        assertNull(objective(jira, 10001).perspective());
    }

    @Test
    public void aSelectFieldMappingFileNamingTheFieldByNameIsKeptWithTheFieldsId() {
        ImportedJira jira = files.editMapping(mapping -> mapping.putObject("perspectives")
                        .put("source", "SELECT_FIELD")
                        .put("field", "BSC Perspective")
                        .putObject("values")
                        .put("Customer", "financial"))
                .importAll();

        assertEquals("customfield_10200", jira.perspectiveMapping().fieldId());
        assertEquals(PerspectiveKey.of("financial"), objective(jira, 10001).perspective());
    }

    @Test
    public void underAnotherMappingObjectivesTakeThePerspectiveOfItsSourceWhateverTheMappingFileRead() {
        ImportedJira jira = files.editIssue(ExportFiles.PAGE_1, "OKR-1", fields -> {
                    fields.putArray("labels").add("zeta").add("alpha");
                    fields.putArray("components").addObject().put("name", "Service Desk");
                    fields.putObject("customfield_10300").put("value", "North");
                })
                .importAll();
        ObjectiveId okr1 = ObjectiveId.of(10001);
        ObjectiveId okr2 = ObjectiveId.of(10002);

        assertEquals(
                Optional.of(PerspectiveKey.of("internal-processes")),
                jira.perspectivesUnder(mapping(MappingSource.PERSPECTIVE_FIELD, null, "Customer", "internal-processes"))
                        .perspectiveOf(okr1));
        assertEquals(
                Optional.of(PerspectiveKey.of("customer")),
                jira.perspectivesUnder(mapping(MappingSource.SELECT_FIELD, "customfield_10300", "North", "customer"))
                        .perspectiveOf(okr1));
        PerspectiveResolver<ObjectiveId> labels = jira.perspectivesUnder(new PerspectiveMapping(
                MappingSource.LABELS,
                null,
                Map.of("zeta", PerspectiveKey.of("customer"), "alpha", PerspectiveKey.of("financial"))));
        assertEquals("labels in name order", Optional.of(PerspectiveKey.of("financial")), labels.perspectiveOf(okr1));
        assertEquals(Optional.empty(), labels.perspectiveOf(okr2));
        assertEquals(
                Optional.of(PerspectiveKey.of("learning-growth")),
                jira.perspectivesUnder(mapping(MappingSource.COMPONENTS, null, "Service Desk", "learning-growth"))
                        .perspectiveOf(okr1));
        assertEquals(PerspectiveKey.of("customer"), objective(jira, 10001).perspective());
    }

    @Test
    public void anIssueWithoutItsTypeIdTakesTheIdItsTypeHasOnTheExportsOtherIssues() {
        ImportedJira jira = files.editIssue(ExportFiles.PAGE_1, "OKR-2", ExportFiles::withoutTypeId)
                .editIssue(ExportFiles.PAGE_2, "DEV-3", ExportFiles::withoutTypeId)
                .importAll();

        assertEquals("10100", jira.shown(IssueKey.of("OKR-2")).orElseThrow().typeId());
        assertEquals("10001", jira.shown(IssueKey.of("DEV-3")).orElseThrow().typeId());
        assertEquals("10002", jira.shown(IssueKey.of("DEV-5")).orElseThrow().typeId());
    }

    @Test
    public void causeAndAlignmentLinksAndTheOwnerAreRead() {
        ImportedJira jira = files.importAll();

        assertEquals(Set.of(ObjectiveId.of(10002)), objective(jira, 10001).drives());
        assertEquals(Set.of(ObjectiveId.of(10002)), objective(jira, 10006).supports());
        assertEquals(Set.of(), objective(jira, 10002).drives());
        assertEquals(
                new Person("JIRAUSER10100", "Jane Doe"), objective(jira, 10001).owner());
        assertNull(objective(jira, 10002).owner());
    }

    @Test
    public void theExportsAssigneesAreKnownByKeyWithTheirDisplayNames() {
        ImportedJira jira = files.importAll();

        assertEquals(Optional.of(new Person("JIRAUSER10100", "Jane Doe")), jira.person("JIRAUSER10100"));
        assertEquals(Optional.empty(), jira.person("jdoe"));
    }

    @Test
    public void anAssigneeWithoutKeyIsKnownByNameAndOneWithoutDisplayNameIsShownByTheKey() {
        ImportedJira jira = files.editIssue(ExportFiles.PAGE_1, "OKR-1", fields -> ((ObjectNode) fields.get("assignee"))
                        .remove(List.of("key", "displayName")))
                .editIssue(ExportFiles.PAGE_1, "OKR-2", fields -> fields.putObject("assignee")
                        .put("key", "JIRAUSER10204"))
                .importAll();

        assertEquals(new Person("jdoe", "jdoe"), objective(jira, 10001).owner());
        assertEquals(
                new Person("JIRAUSER10204", "JIRAUSER10204"),
                objective(jira, 10002).owner());
    }

    @Test
    public void objectivesMeasuredByKeyResultsAreTheirOwners() {
        ImportedJira jira = files.importAll();

        assertEquals(
                List.of("OKR-1", "OKR-2"),
                keys(jira.objectivesMeasuredBy(List.of(KeyResultId.of(10004), KeyResultId.of(10007)))));
        assertEquals(List.of(), jira.objectivesMeasuredBy(List.of(KeyResultId.of(20002))));
    }

    @Test
    public void anIssueThatIsNoObjectiveIsNoObjective() {
        assertTrue(files.importAll().objective(ObjectiveId.of(10003)).isEmpty());
    }

    @Test
    public void issueKeysResolveToTheirIds() {
        ImportedJira jira = files.importAll();

        assertEquals(IssueId.of(20003), jira.idOf(IssueKey.of("DEV-3")).orElseThrow());
        assertTrue(jira.idOf(IssueKey.of("NOPE-1")).isEmpty());
    }

    @Test
    public void contributingEpicsBringTheirChildrenThroughEpicLink() {
        WorkGraph graph = files.importAll().workFor(List.of(KeyResultId.of(10003)));

        assertEquals(ids(20001, 20005, 20006), graph.contributorsOf(KeyResultId.of(10003)));
        assertEquals(
                ids(20002, 20003, 20004),
                graph.childrenOf(IssueId.of(20001)).stream().map(WorkItem::id).collect(Collectors.toSet()));
        assertEquals(6, graph.size());
        assertEquals(IssueKind.EPIC, graph.item(IssueId.of(20001)).kind());
    }

    @Test
    public void aContributingItemAboveEpicsBringsItsEpicsAndTheirChildrenThroughParentLink() {
        ImportedJira jira = files.editPage(ExportFiles.PAGE_2, root -> ((ObjectNode) root.get("names"))
                        .put("customfield_10300", "Parent Link"))
                .editIssue(ExportFiles.PAGE_2, "DEV-1", fields -> fields.putObject("customfield_10300")
                        .put("hasEpicLinkFieldDependency", false)
                        .put("showField", true)
                        .putObject("data")
                        .put("id", 20005)
                        .put("key", "DEV-5"))
                .editIssue(ExportFiles.PAGE_2, "DEV-4", fields -> fields.putObject("customfield_10300")
                        .put("hasEpicLinkFieldDependency", false)
                        .put("showField", false))
                .importAll();

        WorkGraph graph = jira.workFor(List.of(KeyResultId.of(10003)));

        assertEquals(IssueId.of(20005), graph.item(IssueId.of(20001)).parentLinkId());
        assertNull(
                "an unlicensed Parent Link names nothing",
                graph.item(IssueId.of(20004)).parentLinkId());
        WorkSet work = WorkSet.expand(KeyResultId.of(10003), graph, RollupSettings.defaults());
        Set<IssueId> reached = work.items().stream().map(WorkItem::id).collect(Collectors.toSet());
        work.excluded().forEach(item -> reached.add(item.id()));
        assertEquals("DEV-5 stands for DEV-1, which stands for its stories", ids(20002, 20003, 20004), reached);
    }

    @Test
    public void aParentLinkThatIsNoIssueKeyIsAProblemOfTheExport() {
        ExportFiles edited = files.editPage(ExportFiles.PAGE_2, root -> ((ObjectNode) root.get("names"))
                        .put("customfield_10300", "Parent Link"))
                .editIssue(ExportFiles.PAGE_2, "DEV-1", fields -> fields.put("customfield_10300", 42));

        ImportException failure = assertThrows(ImportException.class, edited::importAll);

        assertTrue(failure.getMessage(), failure.getMessage().contains("Parent Link"));
    }

    @Test
    public void subTasksAreMarkedAsSubtasksOfTheirParent() {
        WorkItem howTo =
                files.importAll().workFor(List.of(KeyResultId.of(10003))).item(IssueId.of(20006));

        assertEquals(IssueKind.SUBTASK, howTo.kind());
        assertEquals(IssueId.of(20003), howTo.parentId());
    }

    @Test
    public void resolutionsStatusCategoriesAndEstimatesAreRead() {
        WorkGraph graph = files.importAll().workFor(List.of(KeyResultId.of(10003)));

        WorkItem printing = graph.item(IssueId.of(20004));
        assertEquals(StatusCategory.DONE, printing.status());
        assertEquals("Won't Do", printing.resolution());
        assertEquals(StatusCategory.NEW, graph.item(IssueId.of(20003)).status());
        assertNull(graph.item(IssueId.of(20003)).resolution());
        assertEquals(StatusCategory.INDETERMINATE, graph.item(IssueId.of(20001)).status());
        assertEquals(3.0, graph.item(IssueId.of(20002)).storyPoints(), EPSILON);
        assertEquals(Long.valueOf(7200), graph.item(IssueId.of(20005)).originalEstimateSeconds());
    }

    @Test
    public void otherContributionLinksOfTheFoundIssuesAreInTheGraph() {
        WorkGraph graph = files.importAll().workFor(List.of(KeyResultId.of(10003)));

        assertEquals(Set.of(KeyResultId.of(10003), KeyResultId.of(10009)), graph.keyResultsLinking(IssueId.of(20005)));
    }

    @Test
    public void scorecardComputedFromTheImportHasTheExpectedNumbers() {
        Scorecard scorecard = scorecard(files.importAll(), RollupSettings.defaults());

        // OKR-3: DEV-2 and DEV-5 done of DEV-2, DEV-3, DEV-5 (DEV-4 Won't Do, sub-task DEV-6 ignored)
        assertEquals(2.0 / 3, progress(scorecard, 10003), EPSILON);
        assertFalse(scorecard
                .keyResult(KeyResultId.of(10007))
                .orElseThrow()
                .progress()
                .isDefined());
        assertEquals(0.0, progress(scorecard, 10004), EPSILON);
        assertEquals(1.0, progress(scorecard, 10005), EPSILON);
        // OKR-2: (0 * 1 + 1 * 3) / 4
        assertEquals(
                0.75,
                scorecard
                        .objective(ObjectiveId.of(10002))
                        .orElseThrow()
                        .progress()
                        .value(),
                EPSILON);
        assertEquals(2.0 / 3, perspective(scorecard, "customer"), EPSILON);
        assertEquals(0.75, perspective(scorecard, "financial"), EPSILON);
        assertEquals((0.75 + 2.0 / 3) / 2, scorecard.progress().value(), EPSILON);
        assertTrue(scorecard.objective(ObjectiveId.of(10006)).isEmpty());
    }

    @Test
    public void storyPointsPolicyWeighsWorkByTheImportedPoints() {
        Scorecard scorecard =
                scorecard(files.importAll(), RollupSettings.defaults().withPolicy(RollupPolicy.STORY_POINTS));

        // DEV-2 3 points done, DEV-3 5 new, DEV-5 done and unestimated weighs the mean 4
        assertEquals((3.0 + 4) / 12, progress(scorecard, 10003), EPSILON);
    }

    @Test
    public void anExportKeepingTheDefaultNamesNeedsNoMappingFile() {
        ImportedJira jira = files.importWithoutMapping();

        assertEquals(List.of("OKR-1", "OKR-2"), keys(jira.objectivesIn(Q1)));
        assertEquals(
                (0.75 + 2.0 / 3) / 2,
                scorecard(jira, RollupSettings.defaults()).progress().value(),
                EPSILON);
    }

    @Test
    public void anEpicLinkToAnIssueOutsideTheExportIsTreatedAsNoEpic() {
        ImportedJira jira = files.editIssue(
                        ExportFiles.PAGE_2, "DEV-2", fields -> fields.put("customfield_10100", "DEV-99"))
                .importAll();

        WorkGraph graph = jira.workFor(List.of(KeyResultId.of(10003)));
        assertNull(graph.item(IssueId.of(20002)));
        assertTrue(jira.notes().toString(), jira.notes().stream().anyMatch(n -> n.contains("DEV-99")));
        // DEV-5 done of DEV-3 and DEV-5
        assertEquals(0.5, progress(scorecard(jira, RollupSettings.defaults()), 10003), EPSILON);
    }

    @Test
    public void linkTypesReadWithTheInwardDescriptionTheExportShows() {
        ImportedJira jira = files.importAll();

        assertEquals(Optional.of("has contribution from"), jira.inwardDescription(HostObject.CONTRIBUTION_LINK));
        assertEquals(Optional.of("is measured by"), jira.inwardDescription(HostObject.KEY_RESULT_LINK));
        assertEquals(Optional.empty(), jira.inwardDescription(HostObject.CYCLE_FIELD));
    }

    @Test
    public void workLinkedFromOutsideTheExportIsMissingFromTheRollupAndNoted() {
        ImportedJira jira = files.editIssue(
                        ExportFiles.PAGE_1, "OKR-3", fields -> ((ArrayNode) fields.get("issuelinks"))
                                .addObject()
                                .put("id", "50099")
                                .<ObjectNode>set("type", contribution())
                                .putObject("inwardIssue")
                                .put("id", "30001")
                                .put("key", "OUT-1"))
                .importAll();

        WorkGraph graph = jira.workFor(List.of(KeyResultId.of(10003)));
        assertTrue(graph.contributorsOf(KeyResultId.of(10003)).contains(IssueId.of(30001)));
        assertNull(graph.item(IssueId.of(30001)));
        assertTrue(
                jira.notes().toString(),
                jira.notes().stream().anyMatch(n -> n.startsWith("OUT-1 contributes to OKR-3")));
        assertEquals(2.0 / 3, progress(scorecard(jira, RollupSettings.defaults()), 10003), EPSILON);
    }

    private static ObjectNode contribution() {
        return JsonNodeFactory.instance
                .objectNode()
                .put("name", "OKR Contribution")
                .put("inward", "has contribution from")
                .put("outward", "contributes to");
    }

    private static PerspectiveMapping mapping(MappingSource source, String fieldId, String value, String perspective) {
        return new PerspectiveMapping(source, fieldId, Map.of(value, PerspectiveKey.of(perspective)));
    }

    private static Scorecard scorecard(ImportedJira jira, RollupSettings rollup) {
        return ScorecardCalculator.compute(
                new ScorecardDefinition(
                        CYCLE, Perspectives.defaults(), rollup, StatusMode.ABSOLUTE, jira.objectivesIn(Q1)),
                jira.workFor(jira.keyResultIds()),
                CLOCK);
    }

    private static double progress(Scorecard scorecard, long keyResult) {
        return scorecard
                .keyResult(KeyResultId.of(keyResult))
                .orElseThrow()
                .progress()
                .value();
    }

    private static double perspective(Scorecard scorecard, String key) {
        return scorecard
                .perspective(PerspectiveKey.of(key))
                .orElseThrow()
                .progress()
                .value();
    }

    private static Objective objective(ImportedJira jira, long id) {
        return jira.objective(ObjectiveId.of(id)).orElseThrow();
    }

    private static List<String> keys(List<Objective> objectives) {
        return objectives.stream().map(o -> o.key().value()).toList();
    }

    private static List<String> krKeys(Objective objective) {
        return objective.keyResults().stream().map(kr -> kr.key().value()).toList();
    }

    private static Set<IssueId> ids(long... ids) {
        return Arrays.stream(ids).mapToObj(IssueId::of).collect(Collectors.toSet());
    }
}
