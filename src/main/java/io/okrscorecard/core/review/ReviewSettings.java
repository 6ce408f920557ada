package io.okrscorecard.core.review;

import io.okrscorecard.core.ValidationException;

/**
 * The admin's review settings.
 *
 * @param reviewerGroup the Jira group whose members may close and re-open cycles and grade any key result, besides
 *     Jira administrators; empty: administrators only
 * @param scale the grade scale the review colours grades by
 */
public record ReviewSettings(String reviewerGroup, GradeScale scale) {

    /** Jira's longest group name. */
    public static final int MAX_GROUP = 255;

    public ReviewSettings {
        reviewerGroup = reviewerGroup == null ? "" : reviewerGroup.strip();
        if (reviewerGroup.length() > MAX_GROUP) {
            throw new ValidationException("reviewerGroup", "must be at most " + MAX_GROUP + " characters");
        }
        ValidationException.requireValue(scale, "scale");
    }

    public static ReviewSettings defaults() {
        return new ReviewSettings("", GradeScale.DEFAULT);
    }

    /** Whether a reviewer group is set (else only administrators review). */
    public boolean hasReviewerGroup() {
        return !reviewerGroup.isEmpty();
    }
}
