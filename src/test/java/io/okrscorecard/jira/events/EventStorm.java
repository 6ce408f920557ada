package io.okrscorecard.jira.events;

import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A seeded OKR model with epics and stories, and a storm of random changes to it, each followed by the events Jira
 * fires for it: status and resolution changes, stories moving between epics, stories linked to and unlinked from key
 * results, stories deleted. Public so that the benchmarks can use it.
 */
public final class EventStorm {

    private static final String[] PERSPECTIVES = {"financial", "customer", "internal-processes", "learning-growth"};
    private static final Long[] STATUS_EVENTS = {2L, 4L, 5L, 7L};

    public final JiraSide jira;
    private final Random random;
    private final List<KeyResultId> workKeyResults = new ArrayList<>();
    private final List<IssueId> epics = new ArrayList<>();
    private final List<IssueId> stories = new ArrayList<>();

    /**
     * @param keyResultsPerObjective the last one of each objective is a METRIC, the others are WORK
     */
    public EventStorm(long seed, int objectives, int keyResultsPerObjective, int epicCount, int storiesPerEpic) {
        random = new Random(seed);
        InMemoryOkr okr = new InMemoryOkr();
        okr.settings.saveCycle(Fixture.Q4);
        long next = 1;
        for (int o = 0; o < objectives; o++) {
            long objectiveId = next++;
            List<KeyResult> krs = new ArrayList<>();
            for (int k = 0; k < keyResultsPerObjective; k++) {
                long id = next++;
                boolean metric = k == keyResultsPerObjective - 1 && keyResultsPerObjective > 1;
                Measure measure =
                        metric ? new Measure.Metric(0, 100, random.nextInt(100), "%", null) : new Measure.Work();
                krs.add(new KeyResult(
                        KeyResultId.of(id),
                        IssueKey.of("KR-" + id),
                        "",
                        Weight.of(1 + random.nextInt(3)),
                        measure,
                        List.of()));
                if (!metric) {
                    workKeyResults.add(KeyResultId.of(id));
                }
            }
            okr.jira.objective(new Objective(
                    ObjectiveId.of(objectiveId),
                    IssueKey.of("O-" + objectiveId),
                    "",
                    PerspectiveKey.of(PERSPECTIVES[o % PERSPECTIVES.length]),
                    Fixture.Q4.id(),
                    Weight.ONE,
                    new Person("JIRAUSER10100", "Olivia Owner"),
                    Set.of(),
                    Set.of(),
                    krs));
        }
        for (int e = 0; e < epicCount; e++) {
            IssueId epic = IssueId.of(next++);
            epics.add(epic);
            okr.jira.put(item(epic, IssueKind.EPIC, randomStatus(), null, null));
            okr.jira.link(randomKeyResult(), epic);
            for (int s = 0; s < storiesPerEpic; s++) {
                IssueId story = IssueId.of(next++);
                stories.add(story);
                okr.jira.put(item(story, IssueKind.STANDARD, randomStatus(), null, epic));
                if (random.nextInt(4) == 0) {
                    okr.jira.link(randomKeyResult(), story);
                }
            }
        }
        jira = new JiraSide(okr);
    }

    public InMemoryOkr okr() {
        return jira.okr;
    }

    public List<IssueId> stories() {
        return stories;
    }

    /** Applies {@code count} random changes, each followed by its events, to the listener. */
    public void apply(int count, IncrementalRollup listener) {
        for (int i = 0; i < count; i++) {
            applyOne(listener);
        }
    }

    /** The status of one random story changes, as most issue events in a real Jira are. */
    public void changeStatus(IssueId story, IncrementalRollup listener) {
        WorkItem item = jira.okr.jira.withGraph(graph -> graph.item(story));
        if (item == null) {
            return;
        }
        jira.okr.jira.put(withStatus(item, randomStatus(), item.resolution()));
        listener.onIssueEvent(
                jira.event(story.value(), JiraSide.STORY_TYPE, STATUS_EVENTS[random.nextInt(STATUS_EVENTS.length)]));
    }

    /** The story points of one story change (an issue update), as estimation sessions do. */
    public void changeEstimate(IssueId story, IncrementalRollup listener) {
        WorkItem item = jira.okr.jira.withGraph(graph -> graph.item(story));
        if (item == null) {
            return;
        }
        Double points = random.nextInt(4) == 0 ? null : (double) random.nextInt(9);
        jira.okr.jira.put(new WorkItem(
                item.id(),
                item.key(),
                item.kind(),
                item.status(),
                item.resolution(),
                points,
                item.originalEstimateSeconds(),
                item.epicId(),
                item.parentId()));
        listener.onIssueEvent(jira.event(story.value(), JiraSide.STORY_TYPE, 2L));
    }

    private void applyOne(IncrementalRollup listener) {
        IssueId story = stories.get(random.nextInt(stories.size()));
        WorkItem item = jira.okr.jira.withGraph(graph -> graph.item(story));
        if (item == null) {
            return;
        }
        int kind = random.nextInt(10);
        if (kind < 5) {
            changeStatus(story, listener);
        } else if (kind == 5) {
            jira.okr.jira.put(withStatus(item, StatusCategory.DONE, random.nextBoolean() ? "Won't Do" : "Done"));
            listener.onIssueEvent(jira.event(story.value(), JiraSide.STORY_TYPE, 4L));
        } else if (kind == 6) {
            IssueId epic = epics.get(random.nextInt(epics.size()));
            IssueId old = item.epicId();
            jira.okr.jira.put(new WorkItem(
                    item.id(), item.key(), item.kind(), item.status(), item.resolution(), null, null, epic, null));
            if (old != null) {
                listener.onIssueLinkDeleted(jira.linkDeleted(old.value(), story.value(), JiraSide.EPIC_STORY));
            }
            listener.onIssueLinkCreated(jira.linkCreated(epic.value(), story.value(), JiraSide.EPIC_STORY));
            listener.onIssueEvent(jira.event(story.value(), JiraSide.STORY_TYPE, 2L));
        } else if (kind == 7) {
            KeyResultId kr = randomKeyResult();
            jira.okr.jira.link(kr, story);
            listener.onIssueLinkCreated(jira.linkCreated(story.value(), kr.value(), JiraSide.CONTRIBUTION));
        } else if (kind == 8) {
            for (KeyResultId kr : linking(story)) {
                jira.okr.jira.unlink(kr, story);
                listener.onIssueLinkDeleted(jira.linkDeleted(story.value(), kr.value(), JiraSide.CONTRIBUTION));
            }
        } else {
            delete(item, listener);
        }
    }

    /** As Jira deletes an issue: its links first (each with its event), then the issue. */
    private void delete(WorkItem item, IncrementalRollup listener) {
        IssueId story = item.id();
        for (KeyResultId kr : linking(story)) {
            jira.okr.jira.unlink(kr, story);
            listener.onIssueLinkDeleted(jira.linkDeleted(story.value(), kr.value(), JiraSide.CONTRIBUTION));
        }
        jira.okr.jira.remove(story);
        if (item.epicId() != null) {
            listener.onIssueLinkDeleted(jira.linkDeleted(item.epicId().value(), story.value(), JiraSide.EPIC_STORY));
        }
        listener.onIssueEvent(jira.event(story.value(), JiraSide.STORY_TYPE, 8L));
    }

    private Set<KeyResultId> linking(IssueId story) {
        return jira.okr.jira.withGraph(graph -> new TreeSet<>(graph.keyResultsLinking(story)));
    }

    private KeyResultId randomKeyResult() {
        return workKeyResults.get(random.nextInt(workKeyResults.size()));
    }

    private StatusCategory randomStatus() {
        return StatusCategory.values()[random.nextInt(StatusCategory.values().length)];
    }

    private static WorkItem item(IssueId id, IssueKind kind, StatusCategory status, String resolution, IssueId epic) {
        return new WorkItem(
                id,
                IssueKey.of((kind == IssueKind.EPIC ? "E-" : "S-") + id.value()),
                kind,
                status,
                resolution,
                null,
                null,
                epic,
                null);
    }

    private static WorkItem withStatus(WorkItem item, StatusCategory status, String resolution) {
        return new WorkItem(
                item.id(),
                item.key(),
                item.kind(),
                status,
                resolution,
                item.storyPoints(),
                item.originalEstimateSeconds(),
                item.epicId(),
                item.parentId());
    }
}
