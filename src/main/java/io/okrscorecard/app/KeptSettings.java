package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.settings.AppSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's settings as this node last read them, re-read only when their revision moved: each use costs one read of
 * the revision row, and a save on any node is seen by the next use on every node.
 */
final class KeptSettings {

    /**
     * The settings of one revision.
     *
     * @param revision {@code null} when the store keeps no revision: nothing computed from these settings may be kept
     * @param cycles by start day
     * @param closed the cycles closed: their reads come from their frozen snapshots, and nothing recomputes them
     */
    record Snapshot(
            String revision,
            AppSettings app,
            Perspectives perspectives,
            Map<CycleId, Cycle> cycles,
            Set<CycleId> closed) {
        Snapshot {
            cycles = Collections.unmodifiableMap(new LinkedHashMap<>(cycles));
            closed = Set.copyOf(closed);
        }

        /** The cycles not closed, by start day: those whose numbers follow Jira. */
        Map<CycleId, Cycle> openCycles() {
            Map<CycleId, Cycle> open = new LinkedHashMap<>(cycles);
            open.keySet().removeAll(closed);
            return Collections.unmodifiableMap(open);
        }

        /** These settings as a closed cycle was frozen under them: its settings and perspectives, the same cycles. */
        Snapshot frozenAs(FrozenCycle frozen) {
            return new Snapshot(revision, frozen.settings(), frozen.perspectives(), cycles, closed);
        }

        Optional<Cycle> cycle(CycleId id) {
            return Optional.ofNullable(cycles.get(id));
        }

        List<Cycle> cycleList() {
            return List.copyOf(cycles.values());
        }
    }

    private final ScorecardSettingsRepository settings;
    private volatile Snapshot known;

    KeptSettings(ScorecardSettingsRepository settings) {
        this.settings = settings;
    }

    /** The current settings: the kept ones if the stored revision is still theirs, else a fresh read. */
    Snapshot now() {
        return at(settings.revision());
    }

    /**
     * The settings of a revision just read from the store: the kept ones if it is theirs, else a fresh read (which
     * may be newer than the revision, never older).
     */
    Snapshot at(String revision) {
        Snapshot kept = known;
        if (revision != null && kept != null && revision.equals(kept.revision())) {
            return kept;
        }
        Map<CycleId, Cycle> cycles = new LinkedHashMap<>();
        for (Cycle cycle : settings.cycles()) {
            cycles.put(cycle.id(), cycle);
        }
        Snapshot read = new Snapshot(
                revision, settings.appSettings(), settings.perspectives(), cycles, settings.closedCycles());
        if (revision != null) {
            known = read;
        }
        return read;
    }
}
