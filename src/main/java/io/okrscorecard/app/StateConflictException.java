package io.okrscorecard.app;

/**
 * What was asked for cannot be done in the state its subject is in, e.g. closing a cycle that is still running (the
 * REST layer answers 409 with the message, which says what state would allow it).
 */
public final class StateConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StateConflictException(String message) {
        super(message);
    }
}
