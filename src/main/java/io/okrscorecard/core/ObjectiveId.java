package io.okrscorecard.core;

/** The issue id of an Objective issue. */
public record ObjectiveId(long value) implements Comparable<ObjectiveId> {

    public ObjectiveId {
        if (value <= 0) {
            throw new ValidationException("objectiveId", "must be positive, was " + value);
        }
    }

    public static ObjectiveId of(long value) {
        return new ObjectiveId(value);
    }

    @Override
    public int compareTo(ObjectiveId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
