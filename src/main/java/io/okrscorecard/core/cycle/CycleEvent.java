package io.okrscorecard.core.cycle;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ValidationException;
import java.time.Instant;

/**
 * A cycle closed or re-opened: who did it, when, and why (a reason is required to re-open a closed cycle, optional to
 * close one). The events of a cycle are kept; its latest says whether it is closed.
 *
 * @param actorKey the Jira user key of who did it
 * @param reason {@code ""} when none was given
 */
public record CycleEvent(CycleId cycle, Kind kind, Instant at, String actorKey, String reason) {

    public static final int MAX_REASON = 1000;

    /** What happened to the cycle. */
    public enum Kind {
        CLOSED,
        REOPENED
    }

    public CycleEvent {
        ValidationException.requireValue(cycle, "cycle");
        ValidationException.requireValue(kind, "kind");
        ValidationException.requireValue(at, "at");
        ValidationException.requireText(actorKey, "actor");
        reason = reason == null ? "" : reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new ValidationException("reason", "must be at most " + MAX_REASON + " characters");
        }
        if (kind == Kind.REOPENED && reason.isEmpty()) {
            throw new ValidationException("reason", "say why the closed cycle is re-opened");
        }
    }
}
