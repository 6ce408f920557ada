package io.okrscorecard.rest;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.review.ReviewSettings;

/**
 * The review settings as the admin page reads and writes them: the reviewer group ({@code ""} or null: Jira
 * administrators only) and the grade scale's two boundaries.
 */
public record ReviewSettingsDto(String reviewerGroup, Double amberFrom, Double greenFrom) {

    static ReviewSettingsDto of(ReviewSettings settings) {
        return new ReviewSettingsDto(
                settings.reviewerGroup(),
                settings.scale().amberFrom(),
                settings.scale().greenFrom());
    }

    ReviewSettings toDomain() {
        try {
            return new ReviewSettings(
                    reviewerGroup,
                    new GradeScale(
                            ValidationException.requireValue(amberFrom, "amberFrom"),
                            ValidationException.requireValue(greenFrom, "greenFrom")));
        } catch (ValidationException invalid) {
            throw invalid.under("review");
        }
    }
}
