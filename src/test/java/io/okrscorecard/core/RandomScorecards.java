package io.okrscorecard.core;

import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Maintain;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded generator of random but valid OKR models and work graphs for property tests. */
final class RandomScorecards {

    static final String[] RESOLUTIONS = {null, null, null, "Done", "Won't Do", "duplicate", "Fixed"};
    static final String[] PERSPECTIVES = {"financial", "customer", "internal-processes", "learning-growth", null};

    final Random random;
    final List<WorkItem> items = new ArrayList<>();
    final List<long[]> links = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();
    final List<KeyResultId> keyResults = new ArrayList<>();
    final RollupSettings settings;
    final StatusMode mode;
    int nextIssue = 1;

    RandomScorecards(long seed) {
        random = new Random(seed);
        RollupPolicy policy = RollupPolicy.values()[random.nextInt(3)];
        settings = RollupSettings.defaults()
                .withPolicy(policy)
                .withInProgressCredit(random.nextInt(5) / 4.0)
                .withCascade(random.nextBoolean() ? Cascade.OFF : Cascade.on((1 + random.nextInt(4)) / 4.0));
        mode = random.nextBoolean() ? StatusMode.ABSOLUTE : StatusMode.PACE;
        // levels above epics (initiatives): their Parent Links, and the epics', may name any item, now and then an
        // epic or one of their own descendants (a cycle)
        int initiatives = random.nextInt(4);
        for (int i = 0; i < initiatives; i++) {
            items.add(randomItem(IssueKind.STANDARD, null));
        }
        int epics = random.nextInt(5);
        for (int i = 0; i < epics; i++) {
            items.add(randomItem(IssueKind.EPIC, null));
        }
        int stories = 5 + random.nextInt(30);
        for (int i = 0; i < stories; i++) {
            items.add(randomItem(randomKind(), randomEpic()));
        }
        int objectiveCount = 1 + random.nextInt(5);
        int kr = 1;
        for (int o = 1; o <= objectiveCount; o++) {
            List<KeyResult> krs = new ArrayList<>();
            int krCount = random.nextInt(4);
            for (int k = 0; k < krCount; k++) {
                KeyResult keyResult = randomKeyResult(kr++);
                krs.add(keyResult);
                keyResults.add(keyResult.id());
            }
            String perspective = PERSPECTIVES[random.nextInt(PERSPECTIVES.length)];
            objectives.add(new Objective(
                    ObjectiveId.of(o),
                    IssueKey.of("O-" + o),
                    "objective " + o,
                    perspective == null ? null : PerspectiveKey.of(perspective),
                    Objectives.CYCLE,
                    Weight.of(1 + random.nextInt(3)),
                    new Person("JIRAUSER10100", "Olivia Owner"),
                    randomSupports(objectiveCount),
                    Set.of(),
                    krs));
        }
        for (KeyResultId id : keyResults) {
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                links.add(new long[] {id.value(), randomIssue().value()});
            }
        }
    }

    /** Alignment parents among the objectives 1..count: none, one or two, now and then itself or a cycle. */
    Set<ObjectiveId> randomSupports(int count) {
        Set<ObjectiveId> parents = new HashSet<>();
        int links = random.nextInt(3);
        for (int i = 0; i < links; i++) {
            parents.add(ObjectiveId.of(1 + random.nextInt(count)));
        }
        return parents;
    }

    ScorecardDefinition definition(List<Objective> objectiveList) {
        return new ScorecardDefinition(Fixture.Q4, Perspectives.defaults(), settings, mode, objectiveList);
    }

    IssueKind randomKind() {
        int roll = random.nextInt(10);
        return roll == 0 ? IssueKind.SUBTASK : roll == 1 ? IssueKind.EPIC : IssueKind.STANDARD;
    }

    IssueId randomEpic() {
        if (random.nextInt(3) == 0) {
            return null;
        }
        List<IssueId> epics =
                items.stream().filter(WorkItem::isEpic).map(WorkItem::id).toList();
        return epics.isEmpty() ? null : epics.get(random.nextInt(epics.size()));
    }

    /** An issue id of the graph, or now and then one that no snapshot exists for. */
    IssueId randomIssue() {
        if (items.isEmpty() || random.nextInt(20) == 0) {
            return IssueId.of(900 + random.nextInt(5));
        }
        return items.get(random.nextInt(items.size())).id();
    }

    WorkItem randomItem(IssueKind kind, IssueId epic) {
        int number = nextIssue++;
        return randomVersion(IssueId.of(1000 + number), IssueKey.of("A-" + number), kind, epic);
    }

    WorkItem randomVersion(IssueId id, IssueKey key, IssueKind kind, IssueId epic) {
        StatusCategory status = StatusCategory.values()[random.nextInt(3)];
        String resolution = RESOLUTIONS[random.nextInt(RESOLUTIONS.length)];
        Double points = random.nextInt(3) == 0 ? null : (double) random.nextInt(4) + (random.nextBoolean() ? 0.5 : 0);
        Long seconds = random.nextInt(3) == 0 ? null : (long) random.nextInt(5) * 3600;
        IssueId parent = kind == IssueKind.SUBTASK ? IssueId.of(1000 + Math.max(1, random.nextInt(nextIssue))) : null;
        IssueId parentLink = randomParentLink();
        return new WorkItem(
                id,
                key,
                kind,
                status,
                resolution,
                points,
                seconds,
                id.equals(epic) ? null : epic,
                id.equals(parent) ? null : parent,
                id.equals(parentLink) ? null : parentLink);
    }

    /** Mostly none; else any item so far (an initiative, an epic, a story), so cycles and odd links occur. */
    IssueId randomParentLink() {
        if (items.isEmpty() || random.nextInt(3) != 0) {
            return null;
        }
        return items.get(random.nextInt(items.size())).id();
    }

    KeyResult randomKeyResult(int number) {
        KeyResultId id = KeyResultId.of(number);
        IssueKey key = IssueKey.of("KR-" + number);
        Weight weight = Weight.of(0.5 + random.nextInt(4));
        int roll = random.nextInt(10);
        Measure measure;
        if (roll < 6) {
            measure = new Measure.Work();
        } else if (roll < 9) {
            double start = random.nextInt(100) - 50;
            double target = random.nextInt(5) == 0 ? start : random.nextInt(100) - 50;
            Maintain maintain = target == start ? Maintain.values()[random.nextInt(2)] : null;
            measure = new Measure.Metric(start, target, random.nextInt(200) - 100, "u", maintain);
        } else {
            measure = new Measure.Milestone(StatusCategory.values()[random.nextInt(3)]);
        }
        List<CheckIn> checkIns = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            checkIns.add(new CheckIn(
                    random.nextBoolean() ? null : (double) random.nextInt(200) - 100,
                    Confidence.values()[random.nextInt(3)],
                    "",
                    "pmo",
                    Instant.ofEpochSecond(i * 1000L + random.nextInt(1000))));
        }
        return new KeyResult(id, key, "kr " + number, weight, measure, checkIns);
    }
}
