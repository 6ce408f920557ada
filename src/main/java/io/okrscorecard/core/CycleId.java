package io.okrscorecard.core;

import java.util.regex.Pattern;

/** Identity of an OKR cycle, e.g. {@code 2026-Q4}. */
public record CycleId(String value) implements Comparable<CycleId> {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public CycleId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ValidationException(
                    "cycleId", "must be 1-64 characters of letters, digits, '.', '_' and '-', was " + value);
        }
    }

    public static CycleId of(String value) {
        return new CycleId(value);
    }

    @Override
    public int compareTo(CycleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
