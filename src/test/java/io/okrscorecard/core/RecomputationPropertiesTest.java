package io.okrscorecard.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.recompute.LiveScorecard;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.rollup.KeyResultRollup;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.strategymap.AlignmentTree;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/** Properties of the rollup over 1,000+ random graphs each, with fixed seeds so that failures reproduce. */
public class RecomputationPropertiesTest {

    private static final int CASES = 1_000;

    @Test
    public void incrementalRecomputeEqualsFullRecompute() {
        int changes = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            RandomScorecards model = new RandomScorecards(seed);
            WorkGraph mirror = graph(model.items, model.links);
            List<Objective> objectives = new ArrayList<>(model.objectives);
            LiveScorecard live = new LiveScorecard(model.definition(objectives), mirror, Fixture.MID_Q4);
            Random random = model.random;
            for (int step = 0; step < 12; step++) {
                applyRandomChange(model, random, live, mirror, objectives);
                changes++;
                Scorecard full = ScorecardCalculator.compute(model.definition(objectives), mirror, Fixture.MID_Q4);
                assertEquals("seed " + seed + " step " + step, full, live.scorecard());
            }
        }
        assertTrue(changes >= 12_000);
    }

    @Test
    public void eachObjectiveScoresTheSameOverTheCutOfItsWorkAsOverTheWholeGraph() {
        int objectivesCompared = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            RandomScorecards model = new RandomScorecards(seed);
            WorkGraph whole = graph(model.items, model.links);
            Scorecard full = ScorecardCalculator.compute(model.definition(model.objectives), whole, Fixture.MID_Q4);
            AlignmentTree alignment = AlignmentTree.of(model.objectives);
            for (Objective objective : model.objectives) {
                List<KeyResultId> own = new ArrayList<>();
                for (Objective counted : model.objectives) {
                    if (counted == objective
                            || model.settings.cascade().enabled()
                                    && alignment
                                            .withAncestors(List.of(counted.id()))
                                            .contains(objective.id())) {
                        counted.keyResults().forEach(kr -> own.add(kr.id()));
                    }
                }
                WorkGraph cut = whole.cutFor(own);
                Scorecard overCut =
                        ScorecardCalculator.compute(model.definition(model.objectives), cut, Fixture.MID_Q4);
                assertEquals(
                        "seed " + seed + " " + objective.key(),
                        full.objective(objective.id()),
                        overCut.objective(objective.id()));
                assertTrue("the cut is part of the graph", cut.size() <= whole.size());
                objectivesCompared++;
            }
        }
        assertTrue(objectivesCompared >= CASES);
    }

    @Test
    public void progressIsAlwaysBetweenZeroAndOneOrUndefined() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomScorecards model = new RandomScorecards(seed);
            Scorecard card = ScorecardCalculator.compute(
                    model.definition(model.objectives), graph(model.items, model.links), Fixture.MID_Q4);
            List<Progress> all = new ArrayList<>();
            all.add(card.progress());
            card.perspectives().forEach(p -> all.add(p.progress()));
            card.objectives().forEach(o -> all.add(o.progress()));
            card.keyResults().forEach(kr -> all.add(kr.progress()));
            for (Progress p : all) {
                assertTrue("seed " + seed + ": " + p, !p.isDefined() || (p.value() >= 0 && p.value() <= 1));
                assertTrue("seed " + seed + ": " + p, p.isDefined() == (p.undefinedReason() == null));
            }
        }
    }

    @Test
    public void addingADoneItemNeverLowersCountProgress() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomScorecards model = new RandomScorecards(seed);
            WorkGraph graph = graph(model.items, model.links);
            RollupSettings count = model.settings.withPolicy(RollupPolicy.COUNT);
            KeyResult kr = KeyResult.work(KeyResultId.of(1), IssueKey.of("KR-1"), "", Weight.ONE);
            Progress before =
                    KeyResultRollup.rollup(kr, graph, count, id -> true).progress();
            WorkItem done = new WorkItem(
                    IssueId.of(99_999),
                    IssueKey.of("Z-1"),
                    IssueKind.STANDARD,
                    StatusCategory.DONE,
                    null,
                    null,
                    null,
                    model.randomEpic(),
                    null);
            graph.put(done);
            graph.link(kr.id(), done.id());
            Progress after =
                    KeyResultRollup.rollup(kr, graph, count, id -> true).progress();
            assertTrue("seed " + seed, after.isDefined());
            assertTrue(
                    "seed " + seed + ": " + before + " -> " + after,
                    !before.isDefined() || after.value() >= before.value());
        }
    }

    @Test
    public void orderOfInputsNeverChangesResults() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomScorecards model = new RandomScorecards(seed);
            Scorecard reference = ScorecardCalculator.compute(
                    model.definition(model.objectives), graph(model.items, model.links), Fixture.MID_Q4);
            Random shuffler = new Random(seed * 31);
            List<WorkItem> items = new ArrayList<>(model.items);
            List<long[]> links = new ArrayList<>(model.links);
            List<Objective> objectives = new ArrayList<>();
            for (Objective objective : model.objectives) {
                List<KeyResult> krs = new ArrayList<>(objective.keyResults());
                Collections.shuffle(krs, shuffler);
                objectives.add(objective.withKeyResults(krs));
            }
            Collections.shuffle(items, shuffler);
            Collections.shuffle(links, shuffler);
            Collections.shuffle(objectives, shuffler);
            Scorecard shuffled =
                    ScorecardCalculator.compute(model.definition(objectives), graph(items, links), Fixture.MID_Q4);
            assertEquals("seed " + seed, reference, shuffled);
        }
    }

    static WorkGraph graph(List<WorkItem> items, List<long[]> links) {
        WorkGraph graph = new WorkGraph();
        graph.putAll(items);
        for (long[] link : links) {
            graph.link(KeyResultId.of(link[0]), IssueId.of(link[1]));
        }
        return graph;
    }

    private static void applyRandomChange(
            RandomScorecards model, Random random, LiveScorecard live, WorkGraph mirror, List<Objective> objectives) {
        int kind = random.nextInt(10);
        List<KeyResultId> krs = model.keyResults;
        if (kind <= 3 && !model.items.isEmpty()) {
            WorkItem old = model.items.get(random.nextInt(model.items.size()));
            IssueKind newKind = random.nextInt(4) == 0 ? model.randomKind() : old.kind();
            WorkItem changed = model.randomVersion(
                    old.id(), old.key(), newKind, random.nextBoolean() ? old.epicId() : model.randomEpic());
            model.items.set(model.items.indexOf(old), changed);
            live.put(changed);
            mirror.put(changed);
        } else if (kind == 4) {
            WorkItem added = model.randomItem(model.randomKind(), model.randomEpic());
            model.items.add(added);
            live.put(added);
            mirror.put(added);
        } else if (kind == 5 && !model.items.isEmpty()) {
            WorkItem removed = model.items.remove(random.nextInt(model.items.size()));
            live.remove(removed.id());
            mirror.remove(removed.id());
        } else if (kind == 6 && !krs.isEmpty()) {
            KeyResultId kr = krs.get(random.nextInt(krs.size()));
            IssueId issue = model.randomIssue();
            live.link(kr, issue);
            mirror.link(kr, issue);
        } else if (kind == 7 && !model.links.isEmpty()) {
            long[] link = model.links.remove(random.nextInt(model.links.size()));
            live.unlink(KeyResultId.of(link[0]), IssueId.of(link[1]));
            mirror.unlink(KeyResultId.of(link[0]), IssueId.of(link[1]));
        } else if (kind == 8 && !krs.isEmpty()) {
            replaceKeyResult(model, random, live, objectives);
        } else if (!model.items.isEmpty()) {
            WorkItem old = model.items.get(random.nextInt(model.items.size()));
            WorkItem changed = new WorkItem(
                    old.id(),
                    old.key(),
                    old.kind(),
                    StatusCategory.values()[random.nextInt(3)],
                    old.resolution(),
                    old.storyPoints(),
                    old.originalEstimateSeconds(),
                    old.epicId(),
                    old.parentId(),
                    old.parentLinkId());
            model.items.set(model.items.indexOf(old), changed);
            live.put(changed);
            mirror.put(changed);
        }
    }

    private static void replaceKeyResult(
            RandomScorecards model, Random random, LiveScorecard live, List<Objective> objectives) {
        KeyResultId target = model.keyResults.get(random.nextInt(model.keyResults.size()));
        for (int o = 0; o < objectives.size(); o++) {
            List<KeyResult> krs = new ArrayList<>(objectives.get(o).keyResults());
            for (int k = 0; k < krs.size(); k++) {
                KeyResult old = krs.get(k);
                if (!old.id().equals(target)) {
                    continue;
                }
                KeyResult changed;
                if (random.nextBoolean()) {
                    changed = old.withCheckIn(new CheckIn(
                            (double) random.nextInt(100),
                            Confidence.AT_RISK,
                            "",
                            "pmo",
                            Instant.ofEpochSecond(1_000_000 + random.nextInt(1000))));
                } else {
                    KeyResult fresh = model.randomKeyResult((int) target.value());
                    changed = new KeyResult(
                            old.id(), old.key(), old.summary(), fresh.weight(), fresh.measure(), old.checkIns());
                }
                krs.set(k, changed);
                objectives.set(o, objectives.get(o).withKeyResults(krs));
                live.replace(changed);
                return;
            }
        }
    }
}
