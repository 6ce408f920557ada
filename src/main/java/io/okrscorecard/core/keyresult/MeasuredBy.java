package io.okrscorecard.core.keyresult;

import io.okrscorecard.core.ValidationException;

/**
 * What marks a check-in as written by the system from a Jira measure rather than by a person: the JQL that ran and
 * the number of issues it found ("Measured from Jira: 42 issues").
 */
public record MeasuredBy(String query, int issueCount) {

    public MeasuredBy {
        ValidationException.requireText(query, "checkIn.measuredBy.query");
        if (issueCount < 0) {
            throw new ValidationException("checkIn.measuredBy.issueCount", "must not be negative");
        }
    }
}
