package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import java.util.List;
import java.util.Optional;

/** The admin's configuration, shared by every node of the cluster. */
public interface ScorecardSettingsRepository {

    /** The stored perspectives, or {@link Perspectives#defaults()} before the admin saved any. */
    Perspectives perspectives();

    void savePerspectives(Perspectives perspectives);

    RollupSettings rollupSettings();

    void saveRollupSettings(RollupSettings settings);

    StatusMode statusMode();

    void saveStatusMode(StatusMode mode);

    List<Cycle> cycles();

    Optional<Cycle> cycle(CycleId id);

    void saveCycle(Cycle cycle);
}
