package io.okrscorecard.core.recompute;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.work.WorkGraph;
import java.time.Clock;

/** Full recompute: every key result, objective and perspective of a definition, read-only over the graph. */
public final class ScorecardCalculator {

    private ScorecardCalculator() {}

    public static Scorecard compute(ScorecardDefinition definition, WorkGraph graph, Clock clock) {
        ValidationException.requireValue(definition, "definition");
        ValidationException.requireValue(graph, "workGraph");
        return new Recomputation(definition, graph, ruleAt(definition, clock)).scorecard();
    }

    static StatusRule ruleAt(ScorecardDefinition definition, Clock clock) {
        ValidationException.requireValue(clock, "clock");
        return new StatusRule(definition.statusMode(), definition.cycle().elapsedShare(clock));
    }
}
