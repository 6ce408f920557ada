package io.okrscorecard.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.rollup.Contributions;
import io.okrscorecard.core.rollup.Contributions.Contribution;
import io.okrscorecard.core.rollup.Contributions.Way;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

/**
 * Property: for every issue of a random work graph (epics, their children, sub-tasks, contribution links, excluded
 * resolutions, links and Epic Links to issues that do not exist, Parent Links of the levels above epics to any issue,
 * cycles included), the answer read from the issue's chain alone says, for
 * every key result, exactly what {@link WorkSet#expand} of that key result over the whole graph says of the issue.
 */
public class ContributionsMatchWorkSetsTest {

    private static final String[] RESOLUTIONS = {null, null, null, "Done", "Won't Do", "Duplicate"};

    @Test
    public void everyIssuesContributionsAgreeWithEveryKeyResultsExpandedWorkSet() {
        RollupSettings settings = RollupSettings.defaults();
        int compared = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            WorkGraph graph = randomGraph(random);
            List<KeyResultId> keyResults = new ArrayList<>();
            for (int k = 1; k <= 6; k++) {
                keyResults.add(Ids.keyResult("KR-" + k));
            }
            Map<KeyResultId, WorkSet> sets = new HashMap<>();
            for (KeyResultId keyResult : keyResults) {
                sets.put(keyResult, WorkSet.expand(keyResult, graph, settings));
            }
            for (int i = 1; i <= ISSUES; i++) {
                IssueId issue = Ids.issue("W-" + i);
                WorkItem item = graph.item(issue);
                if (item == null) {
                    continue;
                }
                Map<KeyResultId, Contribution> answer = new HashMap<>();
                for (Contribution contribution : Contributions.of(WorkChain.of(issue, graph), settings)) {
                    answer.put(contribution.keyResult(), contribution);
                }
                for (KeyResultId keyResult : keyResults) {
                    String where = "seed " + seed + ", " + item + ", KR " + keyResult.value();
                    assertEquals(where, expected(item, keyResult, sets, graph), wayOf(answer.get(keyResult)));
                    compared++;
                    Contribution contribution = answer.get(keyResult);
                    if (contribution != null && contribution.way() == Way.COUNTED) {
                        Set<KeyResultId> others = new HashSet<>();
                        for (KeyResultId other : keyResults) {
                            if (!other.equals(keyResult)
                                    && contains(sets.get(other).items(), issue)) {
                                others.add(other);
                            }
                        }
                        assertEquals(where, others, contribution.alsoCountedBy());
                    }
                    if (contribution != null && contribution.way() == Way.EXPANDED) {
                        long countable = graph.childrenOf(issue).stream()
                                .filter(child -> !child.isSubtask())
                                .count();
                        assertEquals(where, countable, contribution.children());
                    }
                }
            }
        }
        assertTrue("compared " + compared, compared > 10_000);
    }

    private static final int ISSUES = 40;

    private static WorkGraph randomGraph(Random random) {
        WorkGraph graph = new WorkGraph();
        List<String> epics = new ArrayList<>();
        List<String> standard = new ArrayList<>();
        IssueKind[] kinds = new IssueKind[ISSUES + 1];
        for (int i = 1; i <= ISSUES; i++) {
            int roll = random.nextInt(10);
            kinds[i] = roll < 2 ? IssueKind.EPIC : roll < 5 ? IssueKind.SUBTASK : IssueKind.STANDARD;
            if (kinds[i] == IssueKind.EPIC) {
                epics.add("W-" + i);
            } else if (kinds[i] == IssueKind.STANDARD) {
                standard.add("W-" + i);
            }
        }
        for (int i = 1; i <= ISSUES; i++) {
            String key = "W-" + i;
            if (random.nextInt(12) == 0) {
                continue; // linked or named, but not in Jira (deleted, or not visible to the app)
            }
            IssueId epic = null;
            if (random.nextInt(3) > 0) {
                // mostly epics, sometimes any issue, sometimes an issue that does not exist
                int roll = random.nextInt(10);
                String target = roll < 7 && !epics.isEmpty()
                        ? epics.get(random.nextInt(epics.size()))
                        : "W-" + (1 + random.nextInt(ISSUES + 3));
                epic = target.equals(key) ? null : Ids.issue(target);
            }
            IssueId parent = null;
            if (kinds[i] == IssueKind.SUBTASK) {
                String target = random.nextInt(8) > 0 && !standard.isEmpty()
                        ? standard.get(random.nextInt(standard.size()))
                        : "W-" + (1 + random.nextInt(ISSUES + 3));
                parent = target.equals(key) ? null : Ids.issue(target);
                if (random.nextInt(3) > 0) {
                    epic = null; // Jira keeps no Epic Link on most sub-tasks
                }
            }
            IssueId parentLink = null;
            if (random.nextInt(3) == 0) {
                // mostly the levels above epics (standard items), sometimes an epic, a sub-task or a missing issue;
                // cycles happen
                String target = random.nextInt(4) > 0 && !standard.isEmpty()
                        ? standard.get(random.nextInt(standard.size()))
                        : "W-" + (1 + random.nextInt(ISSUES + 3));
                parentLink = target.equals(key) ? null : Ids.issue(target);
            }
            String resolution = RESOLUTIONS[random.nextInt(RESOLUTIONS.length)];
            graph.put(new WorkItem(
                    Ids.issue(key),
                    IssueKey.of(key),
                    kinds[i],
                    resolution == null ? StatusCategory.values()[random.nextInt(2)] : StatusCategory.DONE,
                    resolution,
                    null,
                    null,
                    epic,
                    parent,
                    parentLink));
        }
        int links = random.nextInt(30);
        for (int l = 0; l < links; l++) {
            graph.link(
                    Ids.keyResult("KR-" + (1 + random.nextInt(6))), Ids.issue("W-" + (1 + random.nextInt(ISSUES + 3))));
        }
        return graph;
    }

    /** How the work set says the issue takes part, named as {@link Way}; "none" when it does not. */
    private static String expected(
            WorkItem item, KeyResultId keyResult, Map<KeyResultId, WorkSet> sets, WorkGraph graph) {
        WorkSet set = sets.get(keyResult);
        if (item.isSubtask()) {
            WorkItem parent = graph.item(item.parentId());
            if (parent != null && (contains(set.items(), parent.id()) || contains(set.excluded(), parent.id()))) {
                return Way.SUBTASK.name();
            }
            return contains(set.ignoredSubtasks(), item.id()) ? Way.IGNORED_SUBTASK.name() : "none";
        }
        if (contains(set.items(), item.id())) {
            return Way.COUNTED.name();
        }
        if (contains(set.excluded(), item.id())) {
            return Way.EXCLUDED.name();
        }
        return set.expandedEpics().containsKey(item.id()) ? Way.EXPANDED.name() : "none";
    }

    private static String wayOf(Contribution contribution) {
        return contribution == null ? "none" : contribution.way().name();
    }

    private static boolean contains(List<WorkItem> items, IssueId id) {
        for (WorkItem item : items) {
            if (item.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
