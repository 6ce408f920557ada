package io.okrscorecard.core.port;

import io.okrscorecard.core.review.ReviewSettings;

/**
 * The admin's review settings (reviewer group, grade scale), stored with the other settings: a save moves the settings
 * revision ({@link ScorecardSettingsRepository#revision()}) in the same transaction.
 */
public interface ReviewSettingsRepository {

    /** The stored review settings, or {@link ReviewSettings#defaults()} before the admin saved any. */
    ReviewSettings reviewSettings();

    void saveReviewSettings(ReviewSettings settings);
}
