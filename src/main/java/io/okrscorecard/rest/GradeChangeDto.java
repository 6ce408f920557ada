package io.okrscorecard.rest;

import io.okrscorecard.app.Review;
import io.okrscorecard.core.review.Grade;
import io.okrscorecard.core.review.GradeChange;

/**
 * One change of a key result's grade: the grade before ({@code null}: none) and after, the comment, who ({@code actor}
 * the user key, {@code actorName} the display name to show) and when.
 */
public record GradeChangeDto(
        String keyResult, Double before, double grade, String comment, String actor, String actorName, String at) {

    static GradeChangeDto of(String keyResultKey, Review.AuthoredGradeChange authored) {
        GradeChange change = authored.change();
        return new GradeChangeDto(
                keyResultKey,
                change.before().map(Grade::value).orElse(null),
                change.grade().value(),
                change.comment(),
                authored.actor().key(),
                authored.actor().displayName(),
                change.at().toString());
    }

    /** What a client sends to grade a key result; who and when are the server's. */
    public record Request(Double grade, String comment) {}

    /** What a client sends to write an objective's retrospective. */
    public record RetrospectiveRequest(String learned, String change) {}
}
