package io.okrscorecard.app;

import io.okrscorecard.core.port.ReviewSettingsRepository;
import io.okrscorecard.core.review.ReviewSettings;

/** The admin reads and saves the review settings: the reviewer group and the grade scale. Administrators only. */
public final class ConfiguringReview {
    private final Administrators administrators;
    private final ReviewSettingsRepository settings;

    public ConfiguringReview(Administrators administrators, ReviewSettingsRepository settings) {
        this.administrators = administrators;
        this.settings = settings;
    }

    public ReviewSettings settings() {
        administrators.require();
        return settings.reviewSettings();
    }

    public ReviewSettings save(ReviewSettings changed) {
        administrators.require();
        settings.saveReviewSettings(changed);
        return settings.reviewSettings();
    }
}
