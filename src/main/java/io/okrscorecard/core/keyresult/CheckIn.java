package io.okrscorecard.core.keyresult;

import io.okrscorecard.core.ValidationException;
import java.time.Instant;

/**
 * A dated report on a key result: the metric's value at that time (ignored for other kinds, where
 * it may be {@code null}), the owner's confidence and a comment.
 */
public record CheckIn(Double value, Confidence confidence, String comment, String authorKey, Instant at) {

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
    }
}
