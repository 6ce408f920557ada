package io.okrscorecard.jira.events;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.app.BrowsingViewer;
import io.okrscorecard.app.FindingKeyResultWork;
import io.okrscorecard.app.FindingKeyResultWork.Searcher;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.InMemoryWorkSetIndex;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.rollup.WorkSetMembers;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadFactory;
import org.junit.Test;

/**
 * The stored work-set index (ADR 0021) against the rollup's own expansion: over random work graphs changed by random
 * issue events on two nodes, every key result whose progress row a step rewrote has exactly {@link WorkSet#expand}'s
 * members in the index, each marked counted or excluded; after a full recalculation every key result has them, and
 * the JQL functions' answers (from the index) are the work set's counted issues, with the excluded ones on request,
 * and their union over an objective.
 */
public class WorkSetIndexPropertiesTest {

    private static final Clock CLOCK = Fixture.MID_Q4;
    private static final ThreadFactory NO_WORKER = work -> new Thread(() -> {});
    private static final int SEEDS = 4;
    private static final int STEPS = 250;
    private static final Searcher EVERYONE = Searcher.of(new Viewer("pmo"));

    @Test
    public void afterEveryChangeOnEitherNodeTheIndexHoldsTheWorkSetsOfTheRewrittenKeyResults() {
        int compared = 0;
        int excluded = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Run run = new Run(seed);
            compared += run.play(STEPS);
            excluded += run.excludedIssues();
        }
        assertTrue("key results compared after a rewrite: " + compared, compared > SEEDS * STEPS);
        assertTrue("excluded issues seen in the index: " + excluded, excluded > 0);
    }

    @Test
    public void afterAFullRecalculationTheFunctionsAnswerEachKeyResultsWorkSetAndEachObjectivesUnion() {
        for (long seed = 11; seed <= 14; seed++) {
            Run run = new Run(seed);
            run.nodes.get(1).recalculateAll(null);
            run.assertEveryKeyResultIndexed("after the full recalculation");
            run.assertFunctionsAnswerTheWorkSets();
        }
    }

    @Test
    public void anIssueResolvedAsWontDoMovesToTheExcludedIssuesOnTheEventPath() {
        Run run = new Run(21);
        IssueId story = run.countedStory();
        KeyResultId kr = run.model.jira.withGraph(graph -> run.holding(graph, story));
        WorkItem item = run.model.jira.withGraph(graph -> graph.item(story));
        // a fresh read keeps the key result's work state on node 0, so that the event is patched into it
        run.nodes.get(0).recalculate(List.of(kr));

        run.model.jira.put(resolved(item, "Won't Do"));
        run.listeners.get(0).onIssueEvent(run.storm.jira.event(story.value(), JiraSide.STORY_TYPE, 4L));
        run.listeners.get(0).drainNow();

        assertTrue(run.index.workOf(List.of(kr), true).contains(story));
        assertTrue(!run.index.workOf(List.of(kr), false).contains(story));
        run.assertEveryKeyResultIndexed("after Won't Do");
    }

    @Test
    public void anIssueAddedToALinkedEpicAppearsInTheKeyResultsWorkOnTheEventPath() {
        Run run = new Run(22);
        IssueId epic = run.linkedEpic();
        KeyResultId kr = run.model.jira.withGraph(
                graph -> graph.keyResultsLinking(epic).iterator().next());
        IssueId story = IssueId.of(900_001);
        run.model.jira.put(new WorkItem(
                story,
                IssueKey.of("S-900001"),
                io.okrscorecard.core.work.IssueKind.STANDARD,
                StatusCategory.NEW,
                null,
                null,
                null,
                epic,
                null));

        run.listeners
                .get(1)
                .onIssueLinkCreated(run.storm.jira.linkCreated(epic.value(), story.value(), JiraSide.EPIC_STORY));
        run.listeners.get(1).onIssueEvent(run.storm.jira.event(story.value(), JiraSide.STORY_TYPE, 1L));
        run.listeners.get(1).drainNow();

        assertTrue(run.index.workOf(List.of(kr), false).contains(story));
        run.assertEveryKeyResultIndexed("after the new story");
    }

    private static WorkItem resolved(WorkItem item, String resolution) {
        return new WorkItem(
                item.id(),
                item.key(),
                item.kind(),
                StatusCategory.DONE,
                resolution,
                item.storyPoints(),
                item.originalEstimateSeconds(),
                item.epicId(),
                item.parentId());
    }

    /** One seeded model, two nodes over it sharing the index, and the changes. */
    private static final class Run {
        final EventStorm storm;
        final InMemoryOkr model;
        final InMemoryWorkSetIndex index = new InMemoryWorkSetIndex();
        final Random random;
        final List<RecalculatingProgress> nodes = new ArrayList<>();
        final List<IncrementalRollup> listeners = new ArrayList<>();
        final List<ProgressSubject> subjects = new ArrayList<>();

        Run(long seed) {
            storm = new EventStorm(seed, 6, 4, 12, 10);
            model = storm.okr();
            random = new Random(seed * 7919);
            for (int i = 0; i < 2; i++) {
                RecalculatingProgress node = model.recalculating(CLOCK, index);
                IncrementalRollup listener = storm.jira.rollup(model.applying(node, CLOCK), 10_000, 200, NO_WORKER);
                listener.start();
                nodes.add(node);
                listeners.add(listener);
            }
            nodes.get(0).recalculateAll(null);
            subjects.addAll(model.expectedRows(CLOCK).keySet());
            assertEveryKeyResultIndexed("after the first recalculation");
        }

        /** Plays the steps; returns how many key results were compared with their expansion after a rewrite. */
        int play(int steps) {
            int compared = 0;
            for (int step = 0; step < steps; step++) {
                Map<ProgressSubject, Long> before = versions();
                String change = changeOnce();
                listeners.get(random.nextInt(2)).drainNow();
                listeners.forEach(IncrementalRollup::drainNow);
                Map<KeyResultId, WorkSetMembers> expected = expectedMembers();
                for (Map.Entry<ProgressSubject, StoredProgress> row :
                        model.progress.load(subjects).entrySet()) {
                    ProgressSubject subject = row.getKey();
                    if (subject.kind() == ProgressSubject.Kind.KEY_RESULT
                            && row.getValue().version() != before.getOrDefault(subject, 0L)) {
                        KeyResultId kr = KeyResultId.of(subject.issueId());
                        assertIndexed(expected.get(kr), "step " + step + " (" + change + ")");
                        compared++;
                    }
                }
            }
            nodes.get(random.nextInt(2)).recalculateAll(null);
            assertEveryKeyResultIndexed("after the closing recalculation");
            assertFunctionsAnswerTheWorkSets();
            listeners.forEach(IncrementalRollup::stop);
            return compared;
        }

        private String changeOnce() {
            IncrementalRollup listener = listeners.get(random.nextInt(2));
            int what = random.nextInt(20);
            if (what < 14) {
                storm.apply(1, listener);
                return "random change";
            } else if (what < 18) {
                List<IssueId> stories = storm.stories();
                IssueId story = stories.get(random.nextInt(stories.size()));
                WorkItem item = model.jira.withGraph(graph -> graph.item(story));
                if (item == null) {
                    return "nothing";
                }
                model.jira.put(random.nextBoolean() ? resolved(item, "Won't Do") : resolved(item, null));
                listener.onIssueEvent(storm.jira.event(story.value(), JiraSide.STORY_TYPE, 4L));
                return "resolution";
            } else if (what < 19) {
                nodes.get(random.nextInt(2)).recalculate(List.of(randomKeyResult()));
                return "check-in or journal";
            } else {
                nodes.get(random.nextInt(2)).recalculateAll(null);
                return "daily run";
            }
        }

        void assertEveryKeyResultIndexed(String when) {
            expectedMembers().values().forEach(members -> assertIndexed(members, when));
        }

        void assertIndexed(WorkSetMembers expected, String when) {
            KeyResultId kr = expected.keyResult();
            Set<IssueId> all = new TreeSet<>(expected.counted());
            all.addAll(expected.excluded());
            assertEquals(when + ": counted issues of " + kr, expected.counted(), index.workOf(List.of(kr), false));
            assertEquals(when + ": all issues of " + kr, all, index.workOf(List.of(kr), true));
        }

        void assertFunctionsAnswerTheWorkSets() {
            FindingKeyResultWork finding =
                    new FindingKeyResultWork(new BrowsingViewer(), directory(), model.jira, index);
            Map<KeyResultId, WorkSetMembers> expected = expectedMembers();
            for (Objective objective : model.jira.objectives()) {
                Set<IssueId> union = new TreeSet<>();
                for (KeyResult kr : objective.keyResults()) {
                    WorkSetMembers members = expected.get(kr.id());
                    Set<IssueId> all = new TreeSet<>(members.counted());
                    all.addAll(members.excluded());
                    assertEquals(
                            kr.key() + " keyResultWork",
                            new TreeSet<>(members.counted()),
                            finding.keyResultWork(EVERYONE, kr.key().value(), false)
                                    .issues());
                    assertEquals(
                            kr.key() + " keyResultWork withExcluded",
                            all,
                            finding.keyResultWork(EVERYONE, kr.key().value(), true)
                                    .issues());
                    union.addAll(members.counted());
                }
                assertEquals(
                        objective.key() + " objectiveWork",
                        union,
                        finding.objectiveWork(EVERYONE, objective.key().value()).issues());
            }
        }

        int excludedIssues() {
            int excluded = 0;
            for (WorkSetMembers members : expectedMembers().values()) {
                excluded += members.excluded().size();
            }
            return excluded;
        }

        /** What the rollup expands for every key result now: its work set, or nothing for a METRIC key result. */
        Map<KeyResultId, WorkSetMembers> expectedMembers() {
            RollupSettings rollup = model.settings.appSettings().rollup();
            Map<KeyResultId, WorkSetMembers> expected = new HashMap<>();
            model.jira.withGraph(graph -> {
                for (Objective objective : model.jira.objectives()) {
                    for (KeyResult kr : objective.keyResults()) {
                        expected.put(
                                kr.id(),
                                kr.kind() == KeyResultKind.WORK
                                        ? WorkSetMembers.of(kr.id(), WorkSet.expand(kr.id(), graph, rollup))
                                        : WorkSetMembers.none(kr.id()));
                    }
                }
                return null;
            });
            return expected;
        }

        IssueDirectory directory() {
            Map<IssueKey, IssueId> ids = new HashMap<>();
            for (Objective objective : model.jira.objectives()) {
                ids.put(objective.key(), IssueId.of(objective.id().value()));
                objective
                        .keyResults()
                        .forEach(kr -> ids.put(kr.key(), IssueId.of(kr.id().value())));
            }
            return new IssueDirectory() {
                @Override
                public Optional<IssueId> idOf(IssueKey key) {
                    return Optional.ofNullable(ids.get(key));
                }

                @Override
                public Optional<String> inwardDescription(HostObject linkType) {
                    return Optional.of("has contribution from");
                }
            };
        }

        IssueId countedStory() {
            for (WorkSetMembers members : expectedMembers().values()) {
                if (!members.counted().isEmpty()) {
                    return new TreeSet<>(members.counted()).first();
                }
            }
            throw new AssertionError("no counted story");
        }

        KeyResultId holding(io.okrscorecard.core.work.WorkGraph graph, IssueId story) {
            for (WorkSetMembers members : expectedMembers().values()) {
                if (members.counted().contains(story)) {
                    return members.keyResult();
                }
            }
            throw new AssertionError(story + " is counted nowhere");
        }

        IssueId linkedEpic() {
            return model.jira.withGraph(graph -> {
                for (Objective objective : model.jira.objectives()) {
                    for (KeyResult kr : objective.keyResults()) {
                        for (IssueId id : graph.contributorsOf(kr.id())) {
                            WorkItem item = graph.item(id);
                            if (item != null && item.isEpic() && graph.hasChildren(id)) {
                                return id;
                            }
                        }
                    }
                }
                throw new AssertionError("no linked epic with children");
            });
        }

        private KeyResultId randomKeyResult() {
            List<KeyResultId> all = model.jira.keyResultIds();
            return all.get(random.nextInt(all.size()));
        }

        private Map<ProgressSubject, Long> versions() {
            return model.progress.versionsOf(subjects);
        }
    }
}
