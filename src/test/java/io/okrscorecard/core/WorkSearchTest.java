package io.okrscorecard.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkSearch;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The JQL search of a key result's work finds what {@link WorkSet#expand} puts in it: linked issues, the children of
 * linked epics instead of those epics, no sub-tasks; names and keys are quoted and escaped as JQL string literals.
 */
public class WorkSearchTest {
    private static final KeyResultId KR_1 = Ids.keyResult("KR-1");

    @Test
    public void theSearchIsTheKeyResultsWorkWithTheExcludedIssuesOrderedByKey() {
        assertEquals(
                "issue in keyResultWork(\"KR-1\", \"withExcluded\") ORDER BY key",
                new WorkSearch(IssueKey.of("KR-1")).jql());
    }

    @Test
    public void anObjectivesSearchIsTheWorkOfItsKeyResults() {
        assertEquals("issue in objectiveWork(\"O-3\") ORDER BY key", WorkSearch.objectiveWork(IssueKey.of("O-3")));
    }

    @Test
    public void aMissingKeyIsRejected() {
        assertThrows(ValidationException.class, () -> new WorkSearch(null));
        assertThrows(ValidationException.class, () -> WorkSearch.objectiveWork(null));
    }

    @Test
    public void theWorkSetListsExactlyTheLinkedEpicsItReplacedByTheirChildren() {
        WorkGraph graph = new WorkGraph();
        graph.putAll(List.of(
                WorkItems.epic("E-1").build(),
                WorkItems.story("A-1").inEpic("E-1").build(),
                WorkItems.epic("E-2").build(),
                WorkItems.story("A-2").done().build(),
                WorkItems.epic("E-3").build(),
                WorkItems.story("A-3").inEpic("E-3").build()));
        link(graph, "E-1", "E-2", "A-2");

        WorkSet workSet = WorkSet.expand(KR_1, graph, RollupSettings.defaults());

        assertEquals(Map.of(Ids.issue("E-1"), key("E-1")), workSet.expandedEpics());
        assertEquals(
                "childless E-2 is an item itself, E-3 is not linked",
                List.of(key("E-2"), key("A-1"), key("A-2")).stream().sorted().toList(),
                workSet.items().stream().map(WorkItem::key).sorted().toList());
    }

    private static void link(WorkGraph graph, String... keys) {
        for (String key : keys) {
            graph.link(KR_1, Ids.issue(key));
        }
    }

    private static IssueKey key(String value) {
        return IssueKey.of(value);
    }
}
