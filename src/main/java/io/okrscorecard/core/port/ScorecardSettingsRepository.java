package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.settings.AppSettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's configuration, shared by every node of the cluster. Each save is one transaction, which also moves every
 * stored objective row of the {@link MaterialisedProgressRepository} to its next version, numbers unchanged: work a
 * node kept under the settings before the save can then no longer be stored by a conditional write, which is what lets
 * the incremental apply go without reading {@link #revision()} (ADR 0024).
 */
public interface ScorecardSettingsRepository {

    /**
     * A token that changes whenever any of these settings is saved (perspectives, mapping, app settings, cycles), in
     * the same transaction as the save. Reading it costs one small query, so a node can keep what it read from the
     * settings, and what it computed from them, for as long as the token is unchanged. Read the token before the
     * settings it guards.
     */
    String revision();

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

    /** The cycles closed now: their latest {@link CycleReviews} event closed them. */
    Set<CycleId> closedCycles();
}
