package io.okrscorecard.core;

/** The issue id of a Key Result issue. */
public record KeyResultId(long value) implements Comparable<KeyResultId> {

    public KeyResultId {
        if (value <= 0) {
            throw new ValidationException("keyResultId", "must be positive, was " + value);
        }
    }

    public static KeyResultId of(long value) {
        return new KeyResultId(value);
    }

    public IssueId asIssueId() {
        return new IssueId(value);
    }

    @Override
    public int compareTo(KeyResultId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
