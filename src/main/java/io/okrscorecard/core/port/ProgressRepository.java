package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.scoring.Scorecard;
import java.util.Optional;

/**
 * Materialised scorecards, so that dashboards read stored numbers instead of recomputing. Saving
 * replaces the stored scorecard of the cycle as a whole, in one transaction.
 */
public interface ProgressRepository {

    void save(Scorecard scorecard);

    Optional<Scorecard> load(CycleId cycle);
}
