package io.okrscorecard.core;

/** Jira's numeric issue id: stable across moves and renames, unlike the issue key. */
public record IssueId(long value) implements Comparable<IssueId> {

    public IssueId {
        if (value <= 0) {
            throw new ValidationException("issueId", "must be positive, was " + value);
        }
    }

    public static IssueId of(long value) {
        return new IssueId(value);
    }

    @Override
    public int compareTo(IssueId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
