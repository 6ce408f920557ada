package io.okrscorecard.app;

/** What was asked for does not exist, or the viewer may not know that it exists (the REST layer answers 404). */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
