package io.okrscorecard.core.keyresult;

import io.okrscorecard.core.ValidationException;
import java.time.Instant;

/**
 * A dated report on a key result: the metric's value at that time (ignored for other kinds, where
 * it may be {@code null}), the owner's confidence and a comment. {@code measuredBy} is {@code null} for a person's
 * check-in and set on a system check-in written by a Jira measure (its author is the technical user).
 */
public record CheckIn(
        Double value, Confidence confidence, String comment, String authorKey, Instant at, MeasuredBy measuredBy) {

    private static final int MAX_COMMENT = 4000;

    public CheckIn {
        if (value != null) {
            ValidationException.requireFinite(value, "checkIn.value");
        }
        ValidationException.requireValue(confidence, "checkIn.confidence");
        ValidationException.requireText(authorKey, "checkIn.author");
        ValidationException.requireValue(at, "checkIn.at");
        comment = comment == null ? "" : comment;
        if (comment.length() > MAX_COMMENT) {
            throw new ValidationException("checkIn.comment", "must be at most " + MAX_COMMENT + " characters");
        }
        if (measuredBy != null && value == null) {
            throw new ValidationException("checkIn.value", "a measured check-in has a value");
        }
    }

    /** A person's check-in. */
    public CheckIn(Double value, Confidence confidence, String comment, String authorKey, Instant at) {
        this(value, confidence, comment, authorKey, at, null);
    }

    /** Written by the system from a Jira measure. */
    public boolean measured() {
        return measuredBy != null;
    }
}
