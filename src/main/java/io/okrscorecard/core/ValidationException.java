package io.okrscorecard.core;

/**
 * Bad input to the domain: names the offending field so that callers (the REST layer) can answer
 * with a 400 that points at it. Thrown by constructors, so no invalid value ever exists.
 */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public ValidationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.reason = message;
    }

    public String field() {
        return field;
    }

    /** The message without the field, e.g. "must be a finite number, was NaN". */
    public String reason() {
        return reason;
    }

    /**
     * The same failure for a field inside a request: {@code perspective.weight} under {@code perspectives[2]} becomes
     * {@code perspectives[2].weight}.
     */
    public ValidationException under(String prefix) {
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        return new ValidationException(prefix + "." + leaf, reason);
    }

    /** Rejects {@code null} for a required field. */
    public static <T> T requireValue(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    /** Rejects NaN and infinities, which would silently poison every sum they enter. */
    public static double requireFinite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new ValidationException(field, "must be a finite number, was " + value);
        }
        return value;
    }

    /** Rejects {@code null}, empty and blank text. */
    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        return value;
    }
}
