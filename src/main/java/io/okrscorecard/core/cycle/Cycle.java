package io.okrscorecard.core.cycle;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * An OKR cycle such as 2026-Q4: objectives are set for it and scored against it. Both dates are
 * inclusive: the cycle runs from the start of {@code start} to the end of {@code end} in the
 * clock's time zone.
 */
public record Cycle(CycleId id, String name, LocalDate start, LocalDate end) {

    private static final int MAX_NAME = 80;

    public Cycle {
        ValidationException.requireValue(id, "cycle.id");
        ValidationException.requireText(name, "cycle.name");
        if (name.length() > MAX_NAME) {
            throw new ValidationException("cycle.name", "must be at most " + MAX_NAME + " characters");
        }
        ValidationException.requireValue(start, "cycle.start");
        ValidationException.requireValue(end, "cycle.end");
        if (end.isBefore(start)) {
            throw new ValidationException("cycle.end", "must not be before the start " + start + ", was " + end);
        }
    }

    public static Cycle of(String id, LocalDate start, LocalDate end) {
        return new Cycle(CycleId.of(id), id, start, end);
    }

    /**
     * The cycle a scorecard shows by default: the one running on {@code today}, else the one that started last, else
     * the first to come; empty without cycles.
     */
    public static Optional<Cycle> current(Collection<Cycle> cycles, LocalDate today) {
        return cycles.stream()
                .filter(cycle -> !today.isBefore(cycle.start()) && !today.isAfter(cycle.end()))
                .findFirst()
                .or(() -> cycles.stream()
                        .filter(cycle -> !cycle.start().isAfter(today))
                        .max(Comparator.comparing(Cycle::start)))
                .or(() -> cycles.stream().min(Comparator.comparing(Cycle::start)));
    }

    /**
     * Share of the cycle that has passed, in [0, 1]: 0 before the first day starts, 1 after the
     * last day ends, linear in between. The pace status mode compares progress to it.
     */
    public double elapsedShare(Clock clock) {
        ZoneId zone = clock.getZone();
        Instant from = start.atStartOfDay(zone).toInstant();
        Instant to = end.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        if (!now.isAfter(from)) {
            return 0.0;
        }
        if (!now.isBefore(to)) {
            return 1.0;
        }
        return (double) Duration.between(from, now).toMillis()
                / Duration.between(from, to).toMillis();
    }
}
