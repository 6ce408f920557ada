package io.okrscorecard.core.recompute;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a scorecard is computed from, apart from the work: the cycle (the scope), the admin's
 * perspectives and rollup settings, the status mode and the cycle's objectives with their key results.
 * A key result measuring two objectives is a configuration problem and is rejected here.
 */
public record ScorecardDefinition(
        Cycle cycle,
        Perspectives perspectives,
        RollupSettings rollup,
        StatusMode statusMode,
        List<Objective> objectives) {

    public ScorecardDefinition {
        ValidationException.requireValue(cycle, "cycle");
        ValidationException.requireValue(perspectives, "perspectives");
        ValidationException.requireValue(rollup, "rollup");
        ValidationException.requireValue(statusMode, "statusMode");
        objectives = List.copyOf(ValidationException.requireValue(objectives, "objectives"));
        Set<ObjectiveId> objectiveIds = new HashSet<>();
        Map<KeyResultId, Objective> owners = new HashMap<>();
        for (Objective objective : objectives) {
            if (!objective.cycle().equals(cycle.id())) {
                throw new ValidationException(
                        "objective.cycle",
                        objective.key() + " belongs to cycle " + objective.cycle() + ", not to " + cycle.id());
            }
            if (!objectiveIds.add(objective.id())) {
                throw new ValidationException("objectives", objective.key() + " is listed twice");
            }
            for (KeyResult kr : objective.keyResults()) {
                Objective first = owners.putIfAbsent(kr.id(), objective);
                if (first != null) {
                    throw new ValidationException(
                            "keyResult.objective",
                            "key result " + kr.key()
                                    + " measures two objectives, " + first.key() + " and " + objective.key()
                                    + ": a key result belongs to exactly one objective");
                }
            }
        }
    }

    public ScorecardDefinition withObjectives(List<Objective> newObjectives) {
        return new ScorecardDefinition(cycle, perspectives, rollup, statusMode, newObjectives);
    }
}
