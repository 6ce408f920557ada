package io.okrscorecard.app;

/**
 * The request does not fit the state of what it acts on, and says what to do first, e.g. carrying forward from a cycle
 * that is not closed yet (the REST layer answers 409).
 */
public final class StateConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StateConflictException(String message) {
        super(message);
    }
}
