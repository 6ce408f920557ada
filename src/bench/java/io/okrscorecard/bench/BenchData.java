package io.okrscorecard.bench;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded benchmark data: key results that each link epics of stories (plus a few stories shared
 * with the neighbouring key result), objectives spread over the four default perspectives.
 */
final class BenchData {

    static final long SEED = 20_261_001L;
    static final Cycle CYCLE =
            new Cycle(CycleId.of("2026-Q4"), "2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-16T00:00:00Z"), ZoneOffset.UTC);
    private static final String[] RESOLUTIONS = {null, null, null, null, null, null, null, null, "Done", "Won't Do"};

    final WorkGraph graph = new WorkGraph();
    final List<Objective> objectives = new ArrayList<>();
    final List<WorkItem> stories = new ArrayList<>();
    private final Random random = new Random(SEED);
    private long nextId = 1_000_000;

    /**
     * @param keyResultCount WORK key results
     * @param epicsPerKeyResult epics linked to each key result
     * @param storiesPerEpic children of each epic
     */
    BenchData(int objectiveCount, int keyResultCount, int epicsPerKeyResult, int storiesPerEpic) {
        List<KeyResult> krs = new ArrayList<>();
        for (int k = 1; k <= keyResultCount; k++) {
            KeyResultId kr = KeyResultId.of(k);
            krs.add(KeyResult.work(kr, IssueKey.of("KR-" + k), "kr " + k, Weight.of(1 + random.nextInt(3))));
            for (int e = 0; e < epicsPerKeyResult; e++) {
                WorkItem epic = item(IssueKind.EPIC, null);
                graph.put(epic);
                graph.link(kr, epic.id());
                for (int s = 0; s < storiesPerEpic; s++) {
                    WorkItem story = item(IssueKind.STANDARD, epic.id());
                    graph.put(story);
                    stories.add(story);
                }
            }
            if (k > 1 && !stories.isEmpty()) {
                graph.link(kr, stories.get(random.nextInt(stories.size())).id());
            }
        }
        String[] perspectives = {"financial", "customer", "internal-processes", "learning-growth"};
        int perObjective = Math.max(1, keyResultCount / objectiveCount);
        for (int o = 0; o < objectiveCount; o++) {
            int from = o * perObjective;
            int to = o == objectiveCount - 1 ? keyResultCount : Math.min(keyResultCount, from + perObjective);
            objectives.add(new Objective(
                    ObjectiveId.of(100_000 + o),
                    IssueKey.of("O-" + (o + 1)),
                    "objective " + o,
                    PerspectiveKey.of(perspectives[o % perspectives.length]),
                    CYCLE.id(),
                    Weight.ONE,
                    new Person("JIRAUSER10100", "Olivia Owner"),
                    Set.of(),
                    Set.of(),
                    krs.subList(Math.min(from, to), to)));
        }
    }

    ScorecardDefinition definition(RollupPolicy policy) {
        return new ScorecardDefinition(
                CYCLE, Perspectives.defaults(), settings(policy), StatusMode.ABSOLUTE, objectives);
    }

    static RollupSettings settings(RollupPolicy policy) {
        return RollupSettings.defaults().withPolicy(policy).withInProgressCredit(0.5);
    }

    WorkItem item(IssueKind kind, IssueId epic) {
        long id = nextId++;
        StatusCategory status = StatusCategory.values()[random.nextInt(3)];
        Double points = random.nextInt(5) == 0 ? null : (double) (1 + random.nextInt(8));
        Long seconds = random.nextInt(5) == 0 ? null : 3600L * (1 + random.nextInt(16));
        return new WorkItem(
                IssueId.of(id),
                IssueKey.of("W-" + id),
                kind,
                status,
                RESOLUTIONS[random.nextInt(RESOLUTIONS.length)],
                points,
                seconds,
                epic,
                null);
    }

    static WorkItem withStatus(WorkItem item, StatusCategory status) {
        return new WorkItem(
                item.id(),
                item.key(),
                item.kind(),
                status,
                item.resolution(),
                item.storyPoints(),
                item.originalEstimateSeconds(),
                item.epicId(),
                item.parentId());
    }
}
