package io.okrscorecard.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.strategymap.CauseEdge;
import io.okrscorecard.core.strategymap.Lane;
import io.okrscorecard.core.strategymap.StrategyMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** Strategy map placement and cycle detection, including chains far deeper than any call stack. */
public class StrategyMapTest {

    private static final int DEEP = 10_000;

    @Test
    public void objectivesArePlacedInPerspectiveLanesWithUnassignedLast() {
        StrategyMap map = StrategyMap.of(
                Perspectives.defaults(),
                List.of(
                        Objectives.objective("O-1").in("customer").build(),
                        Objectives.objective("O-2").build(),
                        Objectives.objective("O-3")
                                .in("financial")
                                .drives("O-1")
                                .build()));
        List<Lane> lanes = map.lanes();
        assertEquals(5, lanes.size());
        assertEquals(List.of(IssueKey.of("O-3")), lanes.get(0).objectives());
        assertEquals(List.of(IssueKey.of("O-1")), lanes.get(1).objectives());
        assertTrue(lanes.get(4).isUnassigned());
        assertEquals(List.of(IssueKey.of("O-2")), lanes.get(4).objectives());
        assertFalse(map.hasCycles());
    }

    @Test
    public void theMapOfSomePerspectivesKeepsTheirLanesTheUnassignedLaneAndTheEdgesBetweenThem() {
        StrategyMap map = StrategyMap.of(
                Perspectives.defaults(),
                List.of(
                        Objectives.objective("O-1").in("customer").drives("O-3").build(),
                        Objectives.objective("O-2").drives("O-1").build(),
                        Objectives.objective("O-3").in("financial").build()));

        StrategyMap customer = map.showingOnly(Set.of(PerspectiveKey.of("customer")));

        assertEquals(
                List.of(List.of(IssueKey.of("O-1")), List.of(IssueKey.of("O-2"))),
                customer.lanes().stream().map(Lane::objectives).toList());
        assertEquals(List.of(new CauseEdge(IssueKey.of("O-2"), IssueKey.of("O-1"))), customer.causeEdges());
        assertEquals(map, map.showingOnly(Set.of()));
    }

    @Test
    public void tenThousandDeepCauseChainDoesNotOverflowTheStack() {
        StrategyMap map = StrategyMap.of(Perspectives.defaults(), chain(DEEP, false));
        assertTrue(map.causeCycles().isEmpty());
        assertEquals(DEEP - 1, map.causeEdges().size());
    }

    @Test
    public void tenThousandDeepCauseCycleIsReportedWhole() {
        StrategyMap map = StrategyMap.of(Perspectives.defaults(), chain(DEEP, true));
        assertEquals(1, map.causeCycles().size());
        assertEquals(DEEP, map.causeCycles().get(0).size());
    }

    @Test
    public void selfCauseIsACycle() {
        StrategyMap map = StrategyMap.of(
                Perspectives.defaults(),
                List.of(Objectives.objective("O-1").drives("O-1").build()));
        assertEquals(List.of(List.of(IssueKey.of("O-1"))), map.causeCycles());
    }

    @Test
    public void separateCyclesAreReportedSeparately() {
        StrategyMap map = StrategyMap.of(
                Perspectives.defaults(),
                List.of(
                        Objectives.objective("O-1").supports("O-2").build(),
                        Objectives.objective("O-2").supports("O-1").build(),
                        Objectives.objective("O-3").supports("O-4").build(),
                        Objectives.objective("O-4").supports("O-5").build(),
                        Objectives.objective("O-5").supports("O-3").build(),
                        Objectives.objective("O-6").supports("O-1").build()));
        assertEquals(2, map.alignmentCycles().size());
        assertEquals(
                List.of(IssueKey.of("O-3"), IssueKey.of("O-4"), IssueKey.of("O-5")),
                map.alignmentCycles().get(1));
    }

    @Test
    public void linksToObjectivesOutsideTheMapAreNotDrawn() {
        StrategyMap map = StrategyMap.of(
                Perspectives.defaults(),
                List.of(Objectives.objective("O-1").drives("O-99").build()));
        assertTrue(map.causeEdges().isEmpty());
    }

    /** O-1 drives O-2 drives ... O-n, optionally closed by O-n driving O-1; keys zero-padded to sort in chain order. */
    private static List<Objective> chain(int length, boolean closed) {
        List<Objective> objectives = new ArrayList<>();
        for (int i = 1; i <= length; i++) {
            Objectives o = Objectives.objective(key(i));
            if (i < length) {
                o.drives(key(i + 1));
            } else if (closed) {
                o.drives(key(1));
            }
            objectives.add(o.build());
        }
        return objectives;
    }

    private static String key(int i) {
        return "C-" + (100_000 + i);
    }
}
