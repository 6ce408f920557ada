package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleState;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** Where each cycle stands today, and which cycle follows which, as every node reads them from the settings. */
public final class CycleStates {
    private final ScorecardSettingsRepository settings;
    private final Clock clock;

    public CycleStates(ScorecardSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The cycle with its state today; a {@link NotFoundException} for an unknown cycle. */
    public Stated of(CycleId id) {
        Cycle cycle = settings.cycle(id).orElseThrow(() -> new NotFoundException("no cycle '" + id.value() + "'"));
        return new Stated(
                cycle,
                CycleState.of(
                        cycle, LocalDate.now(clock), settings.closedCycles().contains(id)));
    }

    /** The cycle that starts next after this one starts, if any: where unfinished work is carried forward to. */
    public Optional<Cycle> next(CycleId id) {
        Cycle cycle = of(id).cycle();
        return settings.cycles().stream()
                .filter(other -> other.start().isAfter(cycle.start()))
                .min(Comparator.comparing(Cycle::start));
    }

    /** The cycle that started last before this one started, if any: what the compare toggle compares with. */
    public Optional<Cycle> previous(CycleId id) {
        Cycle cycle = of(id).cycle();
        return settings.cycles().stream()
                .filter(other -> other.start().isBefore(cycle.start()))
                .max(Comparator.comparing(Cycle::start));
    }

    /** A cycle and its state. */
    public record Stated(Cycle cycle, CycleState state) {}
}
