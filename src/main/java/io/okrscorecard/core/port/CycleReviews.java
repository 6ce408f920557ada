package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.cycle.FrozenCycle;
import java.util.List;
import java.util.Optional;

/**
 * Closing and re-opening cycles, shared by every node. Each change is one transaction that also moves the settings
 * revision ({@link ScorecardSettingsRepository#revision()}), so every node sees at its next read that a cycle closed
 * or re-opened ({@link ScorecardSettingsRepository#closedCycles()}).
 */
public interface CycleReviews {

    /** The closed cycle's final snapshot; empty when the cycle is not closed. */
    Optional<FrozenCycle> frozen(CycleId cycle);

    /** Every closing and re-opening of the cycle, oldest first. */
    List<CycleEvent> history(CycleId cycle);

    /**
     * Closes the cycle: records the event and stores its snapshot. A cycle closed already is a {@link
     * ConcurrentUpdateException}, also when another node closes it at the same moment.
     */
    void close(CycleEvent closing, FrozenCycle frozen);

    /**
     * Re-opens the closed cycle: records the event and drops its snapshot, so that reads follow Jira again. A cycle that
     * is not closed is a {@link ConcurrentUpdateException}.
     */
    void reopen(CycleEvent reopening);
}
