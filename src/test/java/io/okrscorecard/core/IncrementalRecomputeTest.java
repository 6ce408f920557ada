package io.okrscorecard.core;

import static io.okrscorecard.core.WorkItems.epic;
import static io.okrscorecard.core.WorkItems.story;
import static org.junit.Assert.assertEquals;

import io.okrscorecard.core.recompute.LiveScorecard;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import java.util.Set;
import org.junit.Test;

/** One change recomputes only the key results whose work set can hold the changed issue. */
public class IncrementalRecomputeTest {

    private final Fixture fixture = new Fixture()
            .link("KR-1", epic("E-1"), story("A-9").done())
            .link("KR-2", epic("E-2"))
            .link("KR-3", story("B-1"))
            .add(story("A-1").inEpic("E-1"), story("A-2").inEpic("E-2"))
            .objective(
                    Objectives.objective("O-1").in("customer").with(KeyResults.work("KR-1"), KeyResults.work("KR-2")))
            .objective(Objectives.objective("O-2").in("financial").with(KeyResults.work("KR-3")));

    @Test
    public void changingAnEpicChildRecomputesOnlyTheKeyResultsLinkingItsEpic() {
        LiveScorecard live = new LiveScorecard(fixture.definition(), fixture.graph(), Fixture.MID_Q4);
        Set<KeyResultId> recomputed = live.put(story("A-1").inEpic("E-1").done().build());
        assertEquals(Set.of(Ids.keyResult("KR-1")), recomputed);
        assertEquals(
                1.0,
                live.scorecard()
                        .keyResult(Ids.keyResult("KR-1"))
                        .orElseThrow()
                        .progress()
                        .value(),
                0);
    }

    @Test
    public void movingAnIssueToAnotherEpicRecomputesBothEpicsKeyResults() {
        LiveScorecard live = new LiveScorecard(fixture.definition(), fixture.graph(), Fixture.MID_Q4);
        Set<KeyResultId> recomputed = live.put(story("A-1").inEpic("E-2").done().build());
        assertEquals(Set.of(Ids.keyResult("KR-1"), Ids.keyResult("KR-2")), recomputed);
        fixture.graph().put(story("A-1").inEpic("E-2").done().build());
        assertEquals(
                ScorecardCalculator.compute(fixture.definition(), fixture.graph(), Fixture.MID_Q4), live.scorecard());
    }

    @Test
    public void unrelatedIssueRecomputesNothing() {
        LiveScorecard live = new LiveScorecard(fixture.definition(), fixture.graph(), Fixture.MID_Q4);
        assertEquals(Set.of(), live.put(story("Z-1").done().build()));
    }

    @Test
    public void liveScorecardKeepsItsOwnCopyOfTheGraph() {
        LiveScorecard live = new LiveScorecard(fixture.definition(), fixture.graph(), Fixture.MID_Q4);
        fixture.graph().put(story("B-1").done().build());
        live.put(story("A-9").todo().build());
        assertEquals(
                0.0,
                live.scorecard()
                        .keyResult(Ids.keyResult("KR-3"))
                        .orElseThrow()
                        .progress()
                        .value(),
                0);
    }

    @Test
    public void anObjectiveLookedUpByItsIdIsTheScorecardsObjectiveAfterEveryChange() {
        LiveScorecard live = new LiveScorecard(fixture.definition(), fixture.graph(), Fixture.MID_Q4);
        for (String status : new String[] {"done", "todo", "done"}) {
            live.put(
                    status.equals("done")
                            ? story("A-1").inEpic("E-1").done().build()
                            : story("A-1").inEpic("E-1").build());
            for (String key : new String[] {"O-1", "O-2"}) {
                assertEquals(live.scorecard().objective(Ids.objective(key)), live.objective(Ids.objective(key)));
            }
        }
        assertEquals(java.util.Optional.empty(), live.objective(Ids.objective("O-9")));
    }
}
