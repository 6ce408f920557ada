package io.okrscorecard.store;

import io.okrscorecard.core.ValidationException;
import java.time.Instant;

/** Checks values against what their columns can hold, before anything is written. */
final class Columns {

    private Columns() {}

    /** Rejects text longer than its column, naming the domain field. */
    static String text(String value, int maxLength, String field) {
        if (value != null && value.length() > maxLength) {
            throw new ValidationException(
                    field, "must be at most " + maxLength + " characters to be stored, was " + value.length());
        }
        return value;
    }

    /** A number or NULL; NaN and infinities are not storable on every database and are rejected. */
    static Double number(Double value, String field) {
        if (value != null) {
            ValidationException.requireFinite(value, field);
        }
        return value;
    }

    /** Timestamps are stored as epoch milliseconds: finer parts are dropped. */
    static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }
}
