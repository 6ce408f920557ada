package io.okrscorecard.core;

import java.util.regex.Pattern;

/** A Jira issue key such as {@code OKR-12}: what people read; identity is the {@link IssueId}. */
public record IssueKey(String value) implements Comparable<IssueKey> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    public IssueKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ValidationException("issueKey", "must look like PROJ-123, was " + value);
        }
    }

    public static IssueKey of(String value) {
        return new IssueKey(value);
    }

    @Override
    public int compareTo(IssueKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
