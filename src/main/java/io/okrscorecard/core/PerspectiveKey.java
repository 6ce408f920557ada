package io.okrscorecard.core;

import java.util.regex.Pattern;

/** Stable key of a Balanced Scorecard perspective, e.g. {@code learning-growth}; names may change, keys do not. */
public record PerspectiveKey(String value) implements Comparable<PerspectiveKey> {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public PerspectiveKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ValidationException(
                    "perspectiveKey",
                    "must be 1-32 characters of a-z, 0-9 and '-', starting with a letter, was " + value);
        }
    }

    public static PerspectiveKey of(String value) {
        return new PerspectiveKey(value);
    }

    @Override
    public int compareTo(PerspectiveKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
