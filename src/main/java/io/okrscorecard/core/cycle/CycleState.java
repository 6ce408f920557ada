package io.okrscorecard.core.cycle;

import java.time.LocalDate;

/**
 * Where a cycle stands: planned before its first day, running through its last, in review after it until an
 * administrator closes it, closed once closed (its numbers then frozen, see docs/adr/0018-closing-a-cycle-freezes-it.md).
 * Only closing is stored; the other states follow from the dates.
 */
public enum CycleState {
    PLANNED,
    RUNNING,
    IN_REVIEW,
    CLOSED;

    /** The state of {@code cycle} on {@code today}, {@code closed} whether it is closed now. */
    public static CycleState of(Cycle cycle, LocalDate today, boolean closed) {
        if (closed) {
            return CLOSED;
        }
        if (today.isBefore(cycle.start())) {
            return PLANNED;
        }
        return today.isAfter(cycle.end()) ? IN_REVIEW : RUNNING;
    }
}
