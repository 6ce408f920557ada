package io.okrscorecard.sandbox.server;

/**
 * The sandbox cannot start: a message for the person who started it, and the exit status {@link SandboxMain} ends
 * with ({@value #BAD_INPUT} for input to fix: arguments, an export, a data folder holding something else;
 * {@value #FAILED} for anything else, e.g. a port in use).
 */
public final class SandboxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final int BAD_INPUT = 2;
    public static final int FAILED = 1;

    private final int exitStatus;

    public SandboxException(String message, int exitStatus) {
        super(message);
        this.exitStatus = exitStatus;
    }

    public SandboxException(String message, int exitStatus, Throwable cause) {
        super(message, cause);
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
