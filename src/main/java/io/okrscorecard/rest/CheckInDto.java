package io.okrscorecard.rest;

import io.okrscorecard.app.AuthoredCheckIn;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;

/**
 * A check-in: the metric's value (null for a confidence-only check-in), the confidence ({@code ON_TRACK},
 * {@code AT_RISK}, {@code OFF_TRACK}) and a comment. {@code author} (the user key), {@code authorName} (the
 * display name to show; the key when Jira no longer knows the user) and {@code at} are set by the server;
 * {@code measured} marks a system check-in of a Jira measure (its author is the technical user).
 */
public record CheckInDto(
        Double value,
        String confidence,
        String comment,
        String author,
        String authorName,
        String at,
        Measured measured) {

    /** Set on a system check-in written by a Jira measure: its JQL and the number of issues it found; else null. */
    public record Measured(String query, int issueCount) {}

    static CheckInDto of(AuthoredCheckIn authored) {
        CheckIn checkIn = authored.checkIn();
        return new CheckInDto(
                checkIn.value(),
                checkIn.confidence().name(),
                checkIn.comment(),
                checkIn.authorKey(),
                authored.author().displayName(),
                checkIn.at().toString(),
                checkIn.measuredBy() == null
                        ? null
                        : new Measured(
                                checkIn.measuredBy().query(),
                                checkIn.measuredBy().issueCount()));
    }

    /** What a client sends to record a check-in; the author and time are the server's. */
    public record Request(Double value, String confidence, String comment) {
        Confidence confidenceValue() {
            return Enums.named(Confidence.class, confidence, "checkIn.confidence");
        }
    }
}
