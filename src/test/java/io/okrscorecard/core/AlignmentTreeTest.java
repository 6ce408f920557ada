package io.okrscorecard.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.strategymap.AlignmentTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class AlignmentTreeTest {

    @Test
    public void everySupportingObjectiveComesBeforeItsParents() {
        AlignmentTree tree = AlignmentTree.of(List.of(
                Objectives.objective("O-1").build(),
                Objectives.objective("O-2").supports("O-1").build(),
                Objectives.objective("O-3").supports("O-2", "O-4").build(),
                Objectives.objective("O-4").build()));
        List<String> order = tree.bottomUp().stream().map(o -> o.key().value()).toList();
        assertEquals(List.of("O-3", "O-2", "O-1", "O-4"), order);
        assertEquals(List.of(Ids.objective("O-3")), tree.childrenOf(Ids.objective("O-4")));
    }

    @Test
    public void ancestorsAreFoundThroughEveryParentAndListedChildrenFirst() {
        AlignmentTree tree = AlignmentTree.of(List.of(
                Objectives.objective("O-1").build(),
                Objectives.objective("O-2").supports("O-1").build(),
                Objectives.objective("O-3").supports("O-2", "O-4").build(),
                Objectives.objective("O-4").build(),
                Objectives.objective("O-5").build()));
        assertEquals(
                List.of(Ids.objective("O-3"), Ids.objective("O-2"), Ids.objective("O-1"), Ids.objective("O-4")),
                List.copyOf(tree.withAncestors(Set.of(Ids.objective("O-3")))));
    }

    @Test
    public void linksInsideACycleAndSelfLinksDoNotCountButLinksLeavingItDo() {
        AlignmentTree tree = AlignmentTree.of(List.of(
                Objectives.objective("O-1").supports("O-2").build(),
                Objectives.objective("O-2").supports("O-1", "O-3").build(),
                Objectives.objective("O-3").supports("O-3").build()));
        assertTrue(tree.childrenOf(Ids.objective("O-1")).isEmpty());
        assertTrue(tree.childrenOf(Ids.objective("O-3")).stream().noneMatch(Ids.objective("O-3")::equals));
        assertEquals(List.of(Ids.objective("O-2")), tree.childrenOf(Ids.objective("O-3")));
        assertEquals(2, tree.cycles().size());
    }

    @Test
    public void linksToObjectivesOutsideTheSetAreLeftOut() {
        AlignmentTree tree = AlignmentTree.of(
                List.of(Objectives.objective("O-1").supports("O-9").build()));
        assertEquals(List.of(Ids.objective("O-1")), List.copyOf(tree.withAncestors(Set.of(Ids.objective("O-1")))));
        assertTrue(tree.cycles().isEmpty());
    }

    @Test
    public void aChainOfTwentyThousandObjectivesCascadesWithoutRecursion() {
        int n = 20_000;
        Fixture fixture = new Fixture().settings(RollupSettings.defaults().withCascade(Cascade.on(0.5)));
        List<Objective> chain = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Objectives objective = Objectives.objective("O-" + i).in("customer");
            if (i > 1) {
                objective.supports("O-" + (i - 1));
            }
            if (i == n) {
                objective.with(KeyResults.metric("KR-1").from(0).to(1).current(1));
            }
            fixture.objective(objective);
            chain.add(objective.build());
        }
        assertEquals(n, AlignmentTree.of(chain).bottomUp().size());
        Scorecard card = fixture.scorecard();
        assertEquals(
                1.0,
                card.objective(Ids.objective("O-1")).orElseThrow().progress().value(),
                1e-9);
    }
}
