package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.settings.AppSettings;
import java.util.List;
import java.util.Optional;

/** The admin's configuration, shared by every node of the cluster. Each save is one transaction. */
public interface ScorecardSettingsRepository {

    /** The stored perspectives, or {@link Perspectives#defaults()} before the admin saved any. */
    Perspectives perspectives();

    /** Replaces the perspectives as a whole. */
    void savePerspectives(Perspectives perspectives);

    /** The stored mapping, or {@link PerspectiveMapping#defaults()} before the admin saved one. */
    PerspectiveMapping perspectiveMapping();

    /** Replaces the mapping; rejects values mapped to a perspective that is not stored. */
    void savePerspectiveMapping(PerspectiveMapping mapping);

    /** The stored settings, or {@link AppSettings#defaults()} before the admin saved any. */
    AppSettings appSettings();

    void saveAppSettings(AppSettings settings);

    /** All cycles, by start date. */
    List<Cycle> cycles();

    Optional<Cycle> cycle(CycleId id);

    /** Creates the cycle or replaces the one with the same id. */
    void saveCycle(Cycle cycle);

    /** Removes the cycle; false when there was none. */
    boolean deleteCycle(CycleId id);
}
