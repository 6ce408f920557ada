package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.objective.Objective;
import java.util.List;

/**
 * Reads Objective issues of a cycle with their key results (issues linked by "measures"), their
 * perspective, weight, alignment and cause links, and each key result's check-in history.
 */
public interface ObjectiveSource {

    List<Objective> objectivesIn(CycleId cycle);
}
