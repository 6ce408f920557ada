package io.okrscorecard.core;

import static io.okrscorecard.core.WorkItems.epic;
import static io.okrscorecard.core.WorkItems.story;
import static io.okrscorecard.core.WorkItems.subtask;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.compare.ScorecardComparison;
import io.okrscorecard.core.digest.ProgressChange;
import io.okrscorecard.core.digest.WeekBefore;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.Maintain;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.core.measure.Measurement;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.review.Grade;
import io.okrscorecard.core.review.GradeMeans;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.KeyResultProgress;
import io.okrscorecard.core.rollup.MetricExplanation;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.SharedItem;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.rollup.WorkExplanation;
import io.okrscorecard.core.rollup.WorkRollup;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.Status;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.strategymap.AlignmentTree;
import io.okrscorecard.core.strategymap.StrategyMap;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.Test;

/** The worked examples of docs/rollup-rules.md, one method per example, same names. */
public class RollupRulesExamplesTest {

    private static final double EPS = 1e-9;

    @Test
    public void doneIssuesCountFullyAndNewIssuesNothing() {
        Fixture f = new Fixture()
                .link(
                        "KR-1",
                        story("A-1").done(),
                        story("A-2").done(),
                        story("A-3").done(),
                        story("A-4"));
        assertEquals(0.75, f.progress("KR-1"), EPS);
    }

    @Test
    public void inProgressCountsNothingByDefault() {
        Fixture f = new Fixture().link("KR-1", story("A-1").done(), story("A-2").inProgress());
        assertEquals(0.5, f.progress("KR-1"), EPS);
    }

    @Test
    public void inProgressCreditOfHalfCountsHalf() {
        Fixture f = new Fixture()
                .inProgressCredit(0.5)
                .link(
                        "KR-1",
                        story("A-1").done(),
                        story("A-2").done(),
                        story("A-3").inProgress(),
                        story("A-4").inProgress(),
                        story("A-5"));
        assertEquals(0.6, f.progress("KR-1"), EPS);
    }

    @Test
    public void epicIsReplacedByItsChildren() {
        Fixture f = new Fixture()
                .link("KR-1", epic("E-1").done())
                .add(
                        story("A-1").inEpic("E-1").done(),
                        story("A-2").inEpic("E-1").done(),
                        story("A-3").inEpic("E-1").done(),
                        story("A-4").inEpic("E-1"));
        assertEquals(0.75, f.progress("KR-1"), EPS);
        assertEquals(4, f.explain("KR-1").countedItems());
    }

    @Test
    public void initiativeIsReplacedByItsEpicsChildren() {
        Fixture f = new Fixture()
                .link("KR-1", story("I-1"))
                .add(
                        epic("E-1").parentLink("I-1").done(),
                        story("A-1").inEpic("E-1").done(),
                        story("A-2").inEpic("E-1").done(),
                        story("A-3").inEpic("E-1"),
                        epic("E-2").parentLink("I-1").inProgress(),
                        story("B-1").parentLink("I-1").done());
        assertEquals(0.6, f.progress("KR-1"), EPS);
        assertEquals(
                List.of("A-1", "A-2", "A-3", "B-1", "E-2"),
                f.explain("KR-1").workSet().items().stream()
                        .map(item -> item.key().value())
                        .sorted()
                        .toList());
        assertEquals(
                List.of("E-1", "I-1"),
                f.explain("KR-1").workSet().expandedEpics().values().stream()
                        .map(IssueKey::value)
                        .sorted()
                        .toList());
    }

    @Test
    public void parentLinkCycleIsReportedAndNotFollowed() {
        Fixture f = new Fixture()
                .link("KR-1", story("I-1").parentLink("I-2"))
                .add(
                        story("I-2").parentLink("I-1"),
                        epic("E-1").parentLink("I-2"),
                        story("A-1").inEpic("E-1").done());
        assertEquals(1.0, f.progress("KR-1"), EPS);
        assertEquals(1, f.explain("KR-1").countedItems());
        assertEquals(
                List.of(IssueKey.of("I-1")),
                List.copyOf(f.explain("KR-1").hierarchyCycles().values()));
        assertTrue(f.explain("KR-1").summary().contains("Parent Link cycle at [I-1]"));
    }

    @Test
    public void childlessEpicCountsAsOneItem() {
        Fixture f = new Fixture()
                .link("KR-1", epic("E-1").inProgress(), story("A-1").done());
        assertEquals(0.5, f.progress("KR-1"), EPS);
        assertEquals(2, f.explain("KR-1").countedItems());
    }

    @Test
    public void epicLinkedToTwoKeyResultsCountsForBoth() {
        Fixture f = new Fixture()
                .link("KR-1", epic("E-1"))
                .link("KR-2", "E-1")
                .link("KR-2", story("B-1").done())
                .add(story("A-1").inEpic("E-1").done(), story("A-2").inEpic("E-1"));
        assertEquals(0.5, f.progress("KR-1"), EPS);
        assertEquals(2.0 / 3, f.progress("KR-2"), EPS);
        List<SharedItem> shared = f.explain("KR-1").shared();
        assertEquals(
                List.of("A-1", "A-2"),
                shared.stream().map(s -> s.item().key().value()).toList());
        assertEquals(List.of(Ids.keyResult("KR-2")), shared.get(0).alsoIn());
        assertEquals(
                List.of(Ids.keyResult("KR-1")),
                f.explain("KR-2").shared().get(0).alsoIn());
    }

    @Test
    public void issueReachableTwiceCountsOnce() {
        Fixture f = new Fixture()
                .link("KR-1", epic("E-1"), story("A-1").inEpic("E-1").done())
                .add(story("A-2").inEpic("E-1"));
        assertEquals(0.5, f.progress("KR-1"), EPS);
        assertEquals(2, f.explain("KR-1").countedItems());
        assertTrue(f.explain("KR-1").shared().isEmpty());
    }

    @Test
    public void wontDoIssuesLeaveTheDenominator() {
        Fixture f = new Fixture()
                .link(
                        "KR-1",
                        story("A-1").resolved("Done"),
                        story("A-2").resolved("Done"),
                        story("A-3"),
                        story("A-4").resolved("Won't Do"),
                        story("A-5").resolved("Duplicate"));
        assertEquals(2.0 / 3, f.progress("KR-1"), EPS);
        assertEquals(List.of("A-4", "A-5"), keys(f.explain("KR-1").excluded()));
        assertEquals("Won't Do", f.explain("KR-1").excluded().get(0).resolution());
    }

    @Test
    public void workAViewerCannotBrowseLeavesBothSidesWhenCountingOnlyVisibleWork() {
        Fixture f = new Fixture()
                .link("KR-1", story("A-1").done(), story("B-1").done(), story("B-2"), epic("F-1"))
                .add(story("A-2").inEpic("F-1").done(), story("A-3").inEpic("F-1"));
        Set<IssueId> hidden = Set.of(Ids.issue("B-1"), Ids.issue("B-2"), Ids.issue("F-1"));
        WorkGraph visible = f.graph().restrictedTo(id -> !hidden.contains(id));

        assertEquals(0.6, f.progress("KR-1"), EPS);
        WorkSet counted = WorkSet.expand(Ids.keyResult("KR-1"), visible, RollupSettings.defaults());
        assertEquals(
                List.of("A-1"),
                counted.items().stream().map(i -> i.key().value()).toList());
        assertEquals(
                1.0,
                WorkRollup.explain(counted, RollupSettings.defaults(), List.of())
                        .progress()
                        .value(),
                EPS);
    }

    @Test
    public void excludedResolutionsMatchCaseInsensitively() {
        Fixture f = new Fixture()
                .link("KR-1", story("A-1").resolved("Done"), story("A-2").resolved("WON'T DO"), story("A-3"));
        assertEquals(0.5, f.progress("KR-1"), EPS);
        assertEquals(List.of("A-2"), keys(f.explain("KR-1").excluded()));
    }

    @Test
    public void subtasksLinkedDirectlyAreIgnored() {
        Fixture f = new Fixture()
                .link(
                        "KR-1",
                        story("A-1"),
                        subtask("A-2", "A-1").done(),
                        story("A-3").done());
        assertEquals(0.5, f.progress("KR-1"), EPS);
        assertEquals(List.of("A-2"), keys(f.explain("KR-1").ignoredSubtasks()));
    }

    @Test
    public void storyPointsWeighUnestimatedItemsAtTheMean() {
        Fixture f = new Fixture()
                .policy(RollupPolicy.STORY_POINTS)
                .link("KR-1", story("A-1").done().points(5), story("A-2").points(3), story("A-3"));
        assertEquals(5.0 / 12, f.progress("KR-1"), EPS);
        WorkExplanation e = f.explain("KR-1");
        assertEquals(4.0, e.meanEstimate().getAsDouble(), EPS);
        assertFalse(e.fellBackToCount());
        assertEquals(7.0, e.total(StatusCategory.NEW).weight(), EPS);
    }

    @Test
    public void noEstimatesFallBackToCount() {
        Fixture f = new Fixture()
                .policy(RollupPolicy.STORY_POINTS)
                .link("KR-1", story("A-1").done(), story("A-2"));
        assertEquals(0.5, f.progress("KR-1"), EPS);
        WorkExplanation e = f.explain("KR-1");
        assertTrue(e.fellBackToCount());
        assertEquals(RollupPolicy.COUNT, e.policyUsed());
        assertTrue(e.summary(), e.summary().contains("no item estimated"));
    }

    @Test
    public void zeroEstimatesMakeProgressUndefined() {
        Fixture f = new Fixture()
                .policy(RollupPolicy.STORY_POINTS)
                .link("KR-1", story("A-1").done().points(0), story("A-2").points(0));
        KeyResultProgress p = f.rollup("KR-1");
        assertFalse(p.progress().isDefined());
        assertEquals(UndefinedReason.ALL_WEIGHTS_ZERO, p.progress().undefinedReason());
    }

    @Test
    public void timePolicyWeighsOriginalEstimates() {
        Fixture f = new Fixture()
                .policy(RollupPolicy.TIME)
                .link("KR-1", story("A-1").done().hours(2), story("A-2").hours(6));
        assertEquals(0.25, f.progress("KR-1"), EPS);
    }

    @Test
    public void keyResultWithNoLinkedWorkIsUndefinedNotZero() {
        Fixture f = new Fixture()
                .link("KR-2", story("A-1").done(), story("A-2"))
                .objective(Objectives.objective("O-1")
                        .in("customer")
                        .with(KeyResults.work("KR-1"), KeyResults.work("KR-2")));
        Scorecard card = f.scorecard();
        KeyResultScore kr1 = card.keyResult(Ids.keyResult("KR-1")).orElseThrow();
        assertEquals(UndefinedReason.NO_LINKED_WORK, kr1.progress().undefinedReason());
        assertEquals(Status.NONE, kr1.status());
        assertEquals(
                0.5,
                card.keyResult(Ids.keyResult("KR-2")).orElseThrow().progress().value(),
                EPS);
        assertEquals(0.5, objective(card, "O-1").progress().value(), EPS);
    }

    @Test
    public void explanationAnswersWhyThisIs63Percent() {
        Fixture f = new Fixture().inProgressCredit(0.5);
        for (int i = 1; i <= 20; i++) {
            WorkItems item = story("A-" + i);
            f.link("KR-1", i <= 10 ? item.resolved("Done") : i <= 15 ? item.inProgress() : item);
        }
        f.link(
                "KR-1",
                story("A-21").resolved("Won't Do"),
                story("A-22").resolved("Won't Do"),
                subtask("A-23", "A-1").done());
        KeyResultProgress p = f.rollup("KR-1");
        WorkExplanation e = (WorkExplanation) p.explanation();
        assertEquals(0.625, p.progress().value(), EPS);
        assertEquals("63%", p.progress().percent());
        assertEquals(RollupPolicy.COUNT, e.policyUsed());
        assertFalse(e.fellBackToCount());
        assertEquals(5, e.total(StatusCategory.NEW).count());
        assertEquals(5.0, e.total(StatusCategory.INDETERMINATE).weight(), EPS);
        assertEquals(10.0, e.total(StatusCategory.DONE).weight(), EPS);
        assertEquals(12.5, e.numerator(), EPS);
        assertEquals(20.0, e.denominator(), EPS);
        assertEquals(0.5, e.inProgressCredit(), EPS);
        assertEquals(List.of("A-21", "A-22"), keys(e.excluded()));
        assertEquals(List.of("A-23"), keys(e.ignoredSubtasks()));
        assertTrue(e.summary(), e.summary().startsWith("63% = (10.0 done + 0.5 x 5.0 in progress) / 20.0"));
    }

    @Test
    public void metricAttainmentIsLinear() {
        assertEquals(
                0.5,
                metric(KeyResults.metric("KR-1").from(32).to(42).current(37))
                        .progress()
                        .value(),
                EPS);
    }

    @Test
    public void lowerIsBetterMetric() {
        KeyResultProgress p =
                metric(KeyResults.metric("KR-1").from(10).to(8).current(9).unit("h"));
        assertEquals(0.5, p.progress().value(), EPS);
        assertTrue(((MetricExplanation) p.explanation()).lowerIsBetter());
    }

    @Test
    public void metricAttainmentIsShownRawAndProgressClamped() {
        KeyResultProgress above =
                metric(KeyResults.metric("KR-1").from(32).to(42).current(44));
        assertEquals(1.2, above.attainment(), EPS);
        assertEquals(1.0, above.progress().value(), EPS);
        KeyResultProgress below =
                metric(KeyResults.metric("KR-1").from(32).to(42).current(30));
        assertEquals(-0.2, below.attainment(), EPS);
        assertEquals(0.0, below.progress().value(), EPS);
    }

    @Test
    public void maintainMetricIsMetOrNot() {
        KeyResults retention = KeyResults.metric("KR-1").from(95).to(95).maintain(Maintain.AT_LEAST);
        assertEquals(1.0, metric(retention.current(96)).progress().value(), EPS);
        assertEquals(1.0, metric(retention.current(95)).progress().value(), EPS);
        assertEquals(0.0, metric(retention.current(94)).progress().value(), EPS);
    }

    @Test
    public void latestCheckInGivesCurrentAndConfidence() {
        KeyResults nps = KeyResults.metric("KR-1")
                .from(32)
                .to(42)
                .checkIn(40, 38.0, Confidence.AT_RISK)
                .checkIn(10, 34.0, Confidence.ON_TRACK);
        assertEquals(0.6, metric(nps).progress().value(), EPS);
        assertEquals(Confidence.AT_RISK, nps.build().confidence().orElseThrow());
        assertEquals(38.0, nps.build().currentValue().orElseThrow(), EPS);
    }

    @Test
    public void milestoneIsDoneOrNothing() {
        assertEquals(
                1.0,
                metric(KeyResults.milestone("KR-1", StatusCategory.DONE))
                        .progress()
                        .value(),
                EPS);
        assertEquals(
                0.0,
                metric(KeyResults.milestone("KR-1", StatusCategory.INDETERMINATE))
                        .progress()
                        .value(),
                EPS);
    }

    @Test
    public void seedScenarioImproveCustomerSatisfaction() {
        Scorecard card = seed(new Fixture()).scorecard();
        ObjectiveScore o1 = objective(card, "O-1");
        assertEquals("Improve customer satisfaction", o1.summary());
        assertEquals(0.5, krProgress(card, "KR-1"), EPS);
        assertEquals(0.4, krProgress(card, "KR-2"), EPS);
        assertEquals(0.6, krProgress(card, "KR-3"), EPS);
        assertEquals(0.5, o1.progress().value(), EPS);
        assertEquals(Status.AMBER, o1.status());
    }

    @Test
    public void seedScenarioIncreaseProfitability() {
        Scorecard card = seed(new Fixture()).scorecard();
        ObjectiveScore o2 = objective(card, "O-2");
        assertEquals(0.4, krProgress(card, "KR-4"), EPS);
        assertEquals(0.6, krProgress(card, "KR-5"), EPS);
        assertEquals(1.0, krProgress(card, "KR-6"), EPS);
        assertEquals(0.75, o2.progress().value(), EPS);
        assertEquals(Status.GREEN, o2.status());
    }

    @Test
    public void seedScorecardSkipsUndefinedPerspectives() {
        Fixture f = seed(new Fixture())
                .link("KR-7", story("A-1").done(), story("A-2"), story("A-3").resolved("Won't Do"))
                .objective(Objectives.objective("O-3")
                        .summary("Ship faster")
                        .in("internal-processes")
                        .with(KeyResults.work("KR-7")))
                .objective(Objectives.objective("O-4")
                        .summary("Grow skills")
                        .in("learning-growth")
                        .with(KeyResults.work("KR-8")))
                .objective(Objectives.objective("O-5")
                        .summary("Side project")
                        .with(KeyResults.milestone("KR-9", StatusCategory.DONE)));
        Scorecard card = f.scorecard();
        assertPerspective(card, "financial", 0.75, Status.GREEN);
        assertPerspective(card, "customer", 0.5, Status.AMBER);
        assertPerspective(card, "internal-processes", 0.5, Status.AMBER);
        PerspectiveScore learning =
                card.perspective(PerspectiveKey.of("learning-growth")).orElseThrow();
        assertFalse(learning.progress().isDefined());
        assertEquals(Status.NONE, learning.status());
        assertEquals(1.75 / 3, card.progress().value(), EPS);
        assertEquals(Status.AMBER, card.status());
        assertEquals(
                List.of("O-5"),
                card.unassigned().stream().map(o -> o.key().value()).toList());
    }

    @Test
    public void undefinedPropagatesWhenNothingIsMeasured() {
        Scorecard card = new Fixture()
                .objective(Objectives.objective("O-1").in("customer").with(KeyResults.work("KR-1")))
                .scorecard();
        assertFalse(krProgressDefined(card, "KR-1"));
        assertFalse(objective(card, "O-1").progress().isDefined());
        assertEquals(
                UndefinedReason.NOTHING_MEASURED,
                objective(card, "O-1").progress().undefinedReason());
        assertFalse(card.perspective(PerspectiveKey.of("customer"))
                .orElseThrow()
                .progress()
                .isDefined());
        assertFalse(card.progress().isDefined());
        assertEquals(Status.NONE, card.status());
        assertTrue(card.perspectives().stream().allMatch(p -> p.status() == Status.NONE));
    }

    @Test
    public void unassignedObjectiveIsFlaggedAndLeftOutOfTheScore() {
        Scorecard card = new Fixture()
                .objective(Objectives.objective("O-1").in("customer").with(metricAt("KR-1", 0.4)))
                .objective(Objectives.objective("O-2").with(metricAt("KR-2", 1.0)))
                .scorecard();
        assertEquals(0.4, card.progress().value(), EPS);
        ObjectiveScore o2 = card.unassigned().get(0);
        assertTrue(o2.unassigned());
        assertEquals(1.0, o2.progress().value(), EPS);
        assertFalse(objective(card, "O-1").unassigned());
    }

    @Test
    public void weightsShapeEveryMean() {
        Perspectives perspectives = Perspectives.defaults();
        perspectives = perspectives.replace(
                perspectives.get(PerspectiveKey.of("financial")).withWeight(Weight.of(3)));
        Scorecard card = new Fixture()
                .perspectives(perspectives)
                .objective(Objectives.objective("O-1").in("financial").weight(3).with(metricAt("KR-1", 1.0)))
                .objective(Objectives.objective("O-2").in("financial").weight(1).with(metricAt("KR-2", 0.0)))
                .objective(Objectives.objective("O-3").in("customer").with(metricAt("KR-3", 0.25)))
                .scorecard();
        assertPerspective(card, "financial", 0.75, Status.GREEN);
        assertPerspective(card, "customer", 0.25, Status.RED);
        assertEquals(0.625, card.progress().value(), EPS);
    }

    @Test
    public void absoluteStatusUsesPerspectiveThresholds() {
        Perspectives perspectives = Perspectives.defaults();
        perspectives = perspectives.replace(
                perspectives.get(PerspectiveKey.of("customer")).withThresholds(new Thresholds(0.8, 0.5)));
        Scorecard card = new Fixture()
                .perspectives(perspectives)
                .objective(Objectives.objective("O-1").in("customer").with(metricAt("KR-1", 0.75)))
                .objective(Objectives.objective("O-2").in("financial").with(metricAt("KR-2", 0.75)))
                .objective(Objectives.objective("O-3").in("customer").with(metricAt("KR-3", 0.45)))
                .objective(Objectives.objective("O-4").in("financial").with(metricAt("KR-4", 0.45)))
                .scorecard();
        assertEquals(Status.AMBER, objective(card, "O-1").status());
        assertEquals(Status.GREEN, objective(card, "O-2").status());
        assertEquals(Status.RED, objective(card, "O-3").status());
        assertEquals(Status.AMBER, objective(card, "O-4").status());
    }

    @Test
    public void paceStatusComparesProgressWithElapsedCycle() {
        Scorecard card = new Fixture()
                .mode(StatusMode.PACE)
                .objective(Objectives.objective("O-1").in("customer").with(metricAt("KR-1", 0.5)))
                .objective(Objectives.objective("O-2").in("customer").with(metricAt("KR-2", 0.4)))
                .objective(Objectives.objective("O-3").in("customer").with(metricAt("KR-3", 0.3)))
                .objective(Objectives.objective("O-4").in("customer").with(KeyResults.work("KR-4")))
                .scorecard();
        assertEquals(0.5, card.rule().elapsedShare(), EPS);
        assertEquals(Status.ON_TRACK, objective(card, "O-1").status());
        assertEquals(Status.AT_RISK, objective(card, "O-2").status());
        assertEquals(Status.OFF_TRACK, objective(card, "O-3").status());
        assertEquals(Status.NONE, objective(card, "O-4").status());
    }

    @Test
    public void paceBeforeTheCycleStartsIsOnTrack() {
        Clock september = Clock.fixed(Instant.parse("2026-09-15T00:00:00Z"), ZoneOffset.UTC);
        Scorecard card = new Fixture()
                .mode(StatusMode.PACE)
                .objective(Objectives.objective("O-1").in("customer").with(metricAt("KR-1", 0.0)))
                .scorecard(september);
        assertEquals(0.0, card.rule().elapsedShare(), EPS);
        assertEquals(Status.ON_TRACK, objective(card, "O-1").status());
    }

    @Test
    public void causeLinkCycleIsReported() {
        StrategyMap map = StrategyMap.of(
                Perspectives.defaults(),
                List.of(
                        Objectives.objective("O-1")
                                .in("learning-growth")
                                .drives("O-2")
                                .build(),
                        Objectives.objective("O-2")
                                .in("internal-processes")
                                .drives("O-3")
                                .build(),
                        Objectives.objective("O-3").in("customer").drives("O-1").build(),
                        Objectives.objective("O-4")
                                .in("financial")
                                .drives("O-1")
                                .build()));
        assertEquals(List.of(List.of(IssueKey.of("O-1"), IssueKey.of("O-2"), IssueKey.of("O-3"))), map.causeCycles());
        assertTrue(map.alignmentCycles().isEmpty());
        assertEquals(4, map.causeEdges().size());
    }

    @Test
    public void alignmentCycleIsReported() {
        StrategyMap map = StrategyMap.of(
                Perspectives.defaults(),
                List.of(
                        Objectives.objective("O-1").supports("O-2").build(),
                        Objectives.objective("O-2").supports("O-1").build()));
        assertEquals(List.of(List.of(IssueKey.of("O-1"), IssueKey.of("O-2"))), map.alignmentCycles());
        assertTrue(map.causeCycles().isEmpty());
    }

    @Test
    public void supportingObjectivesContributeTheirShareToTheirParent() {
        Scorecard card = new Fixture()
                .settings(RollupSettings.defaults().withCascade(Cascade.on(0.5)))
                .objective(Objectives.objective("O-1").in("financial").with(metricAt("KR-1", 0.4)))
                .objective(Objectives.objective("O-2")
                        .in("customer")
                        .supports("O-1")
                        .with(metricAt("KR-2", 0.8)))
                .objective(Objectives.objective("O-3")
                        .in("customer")
                        .weight(3)
                        .supports("O-1")
                        .with(metricAt("KR-3", 0.2)))
                .scorecard();
        ObjectiveScore o1 = objective(card, "O-1");
        assertEquals(0.4, o1.cascaded().own().value(), EPS);
        assertEquals(0.35, o1.cascaded().supportingProgress().value(), EPS);
        assertEquals(0.5, o1.cascaded().fromSupporting(), EPS);
        assertEquals(0.375, o1.progress().value(), EPS);
        assertEquals(Status.RED, o1.status());
        assertEquals(0.8, objective(card, "O-2").progress().value(), EPS);
        assertPerspective(card, "customer", 0.35, Status.RED);
        assertPerspective(card, "financial", 0.375, Status.RED);
    }

    @Test
    public void unmeasuredSupportingObjectivesAreSkippedAndUnmeasuredParentsTakeTheirChildren() {
        Scorecard card = new Fixture()
                .settings(RollupSettings.defaults().withCascade(Cascade.on(0.25)))
                .objective(Objectives.objective("O-1").in("customer").with(metricAt("KR-1", 0.6)))
                .objective(Objectives.objective("O-2")
                        .in("customer")
                        .supports("O-1")
                        .with(KeyResults.work("KR-2")))
                .objective(Objectives.objective("O-3").in("customer"))
                .objective(Objectives.objective("O-4")
                        .in("customer")
                        .supports("O-3")
                        .with(metricAt("KR-4", 0.5)))
                .scorecard();
        ObjectiveScore o1 = objective(card, "O-1");
        assertEquals(0.6, o1.progress().value(), EPS);
        assertEquals(0.0, o1.cascaded().fromSupporting(), EPS);
        assertFalse(o1.cascaded().supportingProgress().isDefined());
        ObjectiveScore o3 = objective(card, "O-3");
        assertEquals(0.5, o3.progress().value(), EPS);
        assertEquals(1.0, o3.cascaded().fromSupporting(), EPS);
        assertEquals(UndefinedReason.NO_KEY_RESULTS, o3.cascaded().own().undefinedReason());
    }

    @Test
    public void cascadeFollowsChainsOfAlignmentBottomUp() {
        Scorecard card = new Fixture()
                .settings(RollupSettings.defaults().withCascade(Cascade.on(0.5)))
                .objective(Objectives.objective("O-1").in("financial").with(metricAt("KR-1", 1.0)))
                .objective(Objectives.objective("O-2")
                        .in("customer")
                        .supports("O-1")
                        .with(metricAt("KR-2", 0.5)))
                .objective(Objectives.objective("O-3")
                        .in("internal-processes")
                        .supports("O-2")
                        .with(metricAt("KR-3", 0.3)))
                .scorecard();
        assertEquals(0.3, objective(card, "O-3").progress().value(), EPS);
        assertEquals(0.4, objective(card, "O-2").progress().value(), EPS);
        assertEquals(0.7, objective(card, "O-1").progress().value(), EPS);
    }

    @Test
    public void alignmentCycleIsNeverFollowedByTheCascade() {
        List<Objectives> objectives = List.of(
                Objectives.objective("O-1").in("customer").supports("O-2").with(metricAt("KR-1", 0.2)),
                Objectives.objective("O-2").in("customer").supports("O-1").with(metricAt("KR-2", 0.6)),
                Objectives.objective("O-3").in("customer").supports("O-1").with(metricAt("KR-3", 1.0)));
        Fixture fixture = new Fixture().settings(RollupSettings.defaults().withCascade(Cascade.on(0.5)));
        objectives.forEach(fixture::objective);
        Scorecard card = fixture.scorecard();
        assertEquals(0.6, objective(card, "O-1").progress().value(), EPS);
        assertEquals(
                List.of(objective(card, "O-3").id()),
                objective(card, "O-1").cascaded().supporting());
        assertEquals(0.6, objective(card, "O-2").progress().value(), EPS);
        assertTrue(objective(card, "O-2").cascaded().supporting().isEmpty());
        List<Objective> built = objectives.stream().map(Objectives::build).toList();
        assertEquals(
                List.of(List.of(IssueKey.of("O-1"), IssueKey.of("O-2"))),
                AlignmentTree.of(built).cycles());
    }

    /** The software company of the seed scenario: objectives O-1 (Customer) and O-2 (Financial). */
    static Fixture seed(Fixture f) {
        return f.objective(Objectives.objective("O-1")
                        .summary("Improve customer satisfaction")
                        .in("customer")
                        .with(
                                KeyResults.metric("KR-1")
                                        .summary("Reduce average resolution time of customer complaints by 20%")
                                        .from(10)
                                        .to(8)
                                        .unit("h")
                                        .checkIn(300, 9.0, Confidence.ON_TRACK),
                                KeyResults.metric("KR-2")
                                        .summary("Increase NPS by 10 points")
                                        .from(32)
                                        .to(42)
                                        .current(36),
                                KeyResults.metric("KR-3")
                                        .summary("Customer retention rate 95%")
                                        .from(90)
                                        .to(95)
                                        .current(93)
                                        .unit("%")))
                .objective(Objectives.objective("O-2")
                        .summary("Increase profitability")
                        .in("financial")
                        .with(
                                KeyResults.metric("KR-4")
                                        .summary("Revenue of 1.5 M EUR")
                                        .from(1.0)
                                        .to(1.5)
                                        .current(1.2)
                                        .unit("M EUR"),
                                KeyResults.metric("KR-5")
                                        .summary("Cut operating cost by 10%")
                                        .from(0)
                                        .to(10)
                                        .current(6)
                                        .unit("%"),
                                KeyResults.milestone("KR-6", StatusCategory.DONE)
                                        .summary("Launch new pricing")
                                        .weight(2)));
    }

    @Test
    public void changeOverSevenDaysComparesTheSameObjectives() {
        Perspective customer = Perspectives.defaults().get(PerspectiveKey.of("customer"));
        StatusRule rule = new StatusRule(StatusMode.ABSOLUTE, 0.5);
        PerspectiveScore now = PerspectiveScore.of(
                customer,
                List.of(
                        scored("O-1", Progress.of(0.3), rule),
                        scored("O-2", Progress.of(0.56), rule),
                        scored("O-3", Progress.of(0.4), rule),
                        scored("O-4", Progress.undefined(UndefinedReason.NO_LINKED_WORK), rule)),
                rule);
        WeekBefore weekBefore = new WeekBefore(
                Map.of(
                        Ids.objective("O-1"), Progress.of(0.8),
                        Ids.objective("O-2"), Progress.of(0.5),
                        Ids.objective("O-4"), Progress.undefined(UndefinedReason.NO_LINKED_WORK)),
                rule);

        PerspectiveScore then = weekBefore.perspective(now);

        assertEquals(0.42, now.progress().value(), EPS);
        assertEquals(0.65, then.progress().value(), EPS);
        ProgressChange perspective = new ProgressChange(then.progress(), now.progress());
        assertEquals(-0.23, perspective.value().getAsDouble(), EPS);
        assertEquals("-23", perspective.points());
        assertEquals("-50", change(weekBefore, now, "O-1").points());
        assertEquals("+6", change(weekBefore, now, "O-2").points());
        assertFalse(
                "no point a week ago: no change, not 0",
                change(weekBefore, now, "O-3").moved());
        assertTrue(change(weekBefore, now, "O-3").value().isEmpty());
        assertTrue(
                "undefined on both days", change(weekBefore, now, "O-4").value().isEmpty());
        assertEquals(Status.GREEN, weekBefore.status(Ids.objective("O-1"), customer.thresholds()));
        assertEquals(Status.RED, now.objectives().get(0).status());
    }

    @Test
    public void comparingCyclesMatchesObjectivesByIssueAndSubtracts() {
        Perspective customer = Perspectives.defaults().get(PerspectiveKey.of("customer"));
        StatusRule rule = new StatusRule(StatusMode.ABSOLUTE, 0.5);
        Scorecard q3 = Scorecard.of(
                CycleId.of("2026-Q3"),
                rule,
                List.of(PerspectiveScore.of(
                        customer,
                        List.of(
                                scored("O-1", Progress.of(0.5), rule),
                                scored("O-2", Progress.of(0.3), rule),
                                scored("O-4", Progress.of(0.2), rule)),
                        rule)),
                List.of());
        Scorecard q4 = Scorecard.of(
                CycleId.of("2026-Q4"),
                rule,
                List.of(PerspectiveScore.of(
                        customer,
                        List.of(
                                scored("O-1", Progress.of(0.62), rule),
                                scored("O-3", Progress.of(0.5), rule),
                                scored("O-4", Progress.undefined(UndefinedReason.NO_LINKED_WORK), rule)),
                        rule)),
                List.of());
        Set<ObjectiveId> listed =
                Set.of(Ids.objective("O-1"), Ids.objective("O-2"), Ids.objective("O-3"), Ids.objective("O-4"));

        ScorecardComparison comparison = ScorecardComparison.of(q3, listed, q4, listed);

        assertEquals(1.0 / 3, comparison.scorecardFrom().value(), EPS);
        assertEquals(0.56, comparison.scorecardTo().value(), EPS);
        assertEquals(22.7, comparison.scorecardChange().percentagePoints().getAsDouble(), EPS);
        assertEquals("+23", comparison.scorecardChange().points());
        ScorecardComparison.PerspectiveChange perspective =
                comparison.perspectives().get(0);
        assertEquals(22.7, perspective.change().orElseThrow().percentagePoints().getAsDouble(), EPS);
        assertEquals(
                List.of("O-1", "O-3", "O-4", "O-2"),
                comparison.objectives().stream()
                        .map(objective -> objective.shown().key().value())
                        .toList());
        assertEquals(
                12.0,
                changeOf(comparison, "O-1").orElseThrow().percentagePoints().getAsDouble(),
                EPS);
        assertTrue(
                "O-3 is new in Q4: no value in Q3, no change",
                changeOf(comparison, "O-3").isEmpty());
        assertTrue("O-2 is gone in Q4: no change", changeOf(comparison, "O-2").isEmpty());
        assertTrue(
                "undefined in Q4: no change, not -20",
                changeOf(comparison, "O-4").orElseThrow().percentagePoints().isEmpty());

        ScorecardComparison itself = ScorecardComparison.of(q4, listed, q4, listed);
        assertEquals(0.0, itself.scorecardChange().percentagePoints().getAsDouble(), EPS);
        assertEquals("0", changeOf(itself, "O-1").orElseThrow().points());
    }

    private static Optional<ProgressChange> changeOf(ScorecardComparison comparison, String key) {
        return comparison.objectives().stream()
                .filter(objective -> objective.shown().key().value().equals(key))
                .findFirst()
                .orElseThrow()
                .change();
    }

    private static ObjectiveScore scored(String key, Progress progress, StatusRule rule) {
        return new ObjectiveScore(
                Ids.objective(key),
                IssueKey.of(key),
                key,
                PerspectiveKey.of("customer"),
                false,
                Weight.ONE,
                progress,
                rule.statusOf(progress, Thresholds.DEFAULT),
                List.of());
    }

    private static ProgressChange change(WeekBefore weekBefore, PerspectiveScore now, String key) {
        ObjectiveScore objective = now.objectives().stream()
                .filter(score -> score.key().value().equals(key))
                .findFirst()
                .orElseThrow();
        return new ProgressChange(weekBefore.progress(objective.id()), objective.progress());
    }

    /** A metric key result whose progress is {@code progress}. */
    static KeyResults metricAt(String key, double progress) {
        return KeyResults.metric(key).from(0).to(100).current(progress * 100);
    }

    private static KeyResultProgress metric(KeyResults kr) {
        return new Fixture()
                .objective(Objectives.objective("O-9").with(kr))
                .scorecard()
                .keyResults()
                .map(s -> new KeyResultProgress(s.progress(), s.attainment(), s.explanation()))
                .findFirst()
                .orElseThrow();
    }

    private static ObjectiveScore objective(Scorecard card, String key) {
        return card.objective(Ids.objective(key)).orElseThrow();
    }

    private static double krProgress(Scorecard card, String key) {
        return card.keyResult(Ids.keyResult(key)).orElseThrow().progress().value();
    }

    private static boolean krProgressDefined(Scorecard card, String key) {
        return card.keyResult(Ids.keyResult(key)).orElseThrow().progress().isDefined();
    }

    private static void assertPerspective(Scorecard card, String key, double progress, Status status) {
        PerspectiveScore p = card.perspective(PerspectiveKey.of(key)).orElseThrow();
        assertEquals(key, progress, p.progress().value(), EPS);
        assertEquals(key, status, p.status());
    }

    @Test
    public void objectiveAndPerspectiveGradesAreWeightedMeansOfTheGrades() {
        Optional<Grade> kr1 = Optional.of(Grade.of(0.9));
        Optional<Grade> kr2 = Optional.of(Grade.ofProgress(1.0 / 3));
        Optional<Grade> kr3 = Optional.empty();
        OptionalDouble o1 = GradeMeans.of(List.of(
                GradeMeans.Weighted.of(kr1, Weight.of(2)),
                GradeMeans.Weighted.of(kr2, Weight.ONE),
                GradeMeans.Weighted.of(kr3, Weight.ONE)));
        OptionalDouble o2 = GradeMeans.of(List.of(GradeMeans.Weighted.of(Optional.of(Grade.of(0.3)), Weight.ONE)));
        OptionalDouble perspective = GradeMeans.of(
                List.of(new GradeMeans.Weighted(o1, Weight.of(2)), new GradeMeans.Weighted(o2, Weight.ONE)));

        assertEquals(0.33, kr2.get().value(), 0.0);
        assertEquals(0.71, o1.getAsDouble(), EPS);
        assertEquals(GradeScale.Colour.GREEN, GradeScale.DEFAULT.colour(o1.getAsDouble()));
        assertEquals(0.3, o2.getAsDouble(), EPS);
        assertEquals(GradeScale.Colour.RED, GradeScale.DEFAULT.colour(o2.getAsDouble()));
        assertEquals(1.72 / 3, perspective.getAsDouble(), EPS);
        assertEquals(GradeScale.Colour.AMBER, GradeScale.DEFAULT.colour(perspective.getAsDouble()));
    }

    // ----- key results measured from Jira -----

    private static MeasuredIssue complaint(double hoursToResolve) {
        Instant created = Instant.parse("2026-11-02T09:00:00Z");
        return new MeasuredIssue(created, created.plusSeconds(Math.round(hoursToResolve * 3600)), null);
    }

    private static MeasuredIssue open() {
        return new MeasuredIssue(Instant.parse("2026-11-02T09:00:00Z"), null, null);
    }

    @Test
    public void measuredMedianResolutionTimeDrivesTheMetric() {
        Measurement median = Measurement.of(
                Aggregate.MEDIAN_RESOLUTION_HOURS,
                List.of(complaint(8), complaint(15), complaint(40), complaint(11), open()));
        assertEquals(13.0, median.value(), EPS);
        assertEquals(5, median.issueCount());
        KeyResults resolution =
                KeyResults.metric("KR-1").from(30).to(12).checkIn(1, median.value(), Confidence.ON_TRACK);
        assertEquals(17.0 / 18.0, metric(resolution).progress().value(), EPS);
    }

    @Test
    public void countOfP1IncidentsIncludesEveryIssueFound() {
        Measurement count = Measurement.of(Aggregate.COUNT, List.of(complaint(2), complaint(5), complaint(1), open()));
        assertEquals(4.0, count.value(), EPS);
        KeyResults incidents = KeyResults.metric("KR-1").from(6).to(2).checkIn(1, count.value(), Confidence.ON_TRACK);
        assertEquals(0.5, metric(incidents).progress().value(), EPS);
        Measurement none = Measurement.of(Aggregate.COUNT, List.of());
        assertEquals(0.0, none.value(), EPS);
        KeyResults quiet = KeyResults.metric("KR-1").from(6).to(2).checkIn(1, none.value(), Confidence.ON_TRACK);
        assertEquals(1.5, metric(quiet).attainment(), EPS);
        assertEquals(1.0, metric(quiet).progress().value(), EPS);
    }

    @Test
    public void sumAndAverageCountOnlyIssuesWithAValue() {
        Instant created = Instant.parse("2026-11-02T09:00:00Z");
        List<MeasuredIssue> found = List.of(
                new MeasuredIssue(created, null, 3.0),
                new MeasuredIssue(created, null, 5.0),
                new MeasuredIssue(created, null, null),
                new MeasuredIssue(created, null, 8.0));
        assertEquals(16.0, Measurement.of(Aggregate.SUM, found).value(), EPS);
        assertEquals(16.0 / 3.0, Measurement.of(Aggregate.AVERAGE, found).value(), EPS);
        assertEquals(3, Measurement.of(Aggregate.AVERAGE, found).counted());
        assertFalse(Measurement.of(Aggregate.SUM, List.of(new MeasuredIssue(created, null, null)))
                .defined());
    }

    @Test
    public void measureWithoutResolvedIssuesIsUndefinedNotZero() {
        Measurement tonight = Measurement.of(Aggregate.MEDIAN_RESOLUTION_HOURS, List.of(open(), open()));
        assertFalse(tonight.defined());
        assertEquals("no resolved issues", tonight.undefinedReason());
        // no check-in is written: the key result keeps last week's measured 20 h
        KeyResults resolution = KeyResults.metric("KR-1").from(30).to(12).checkIn(7, 20.0, Confidence.ON_TRACK);
        assertEquals(10.0 / 18.0, metric(resolution).progress().value(), EPS);
    }

    private static List<String> keys(List<WorkItem> items) {
        return items.stream().map(i -> i.key().value()).toList();
    }
}
