package io.okrscorecard.app;

/** The viewer may not do this (the REST layer answers 403, or 401 for anonymous viewers). */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean anonymous;

    public AccessDeniedException(String message, boolean anonymous) {
        super(message);
        this.anonymous = anonymous;
    }

    /** True when nobody is logged in: logging in may help. */
    public boolean anonymous() {
        return anonymous;
    }
}
