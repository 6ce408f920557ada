package io.okrscorecard.core.port;

/** A write lost a race with a concurrent writer of the same data and gave up, having written nothing. */
public final class ConcurrentUpdateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String subject;

    public ConcurrentUpdateException(String subject, String message) {
        super(message);
        this.subject = subject;
    }

    /** What was being written, e.g. "KEY_RESULT 10001". */
    public String subject() {
        return subject;
    }
}
