package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.okrscorecard.app.ConfiguringReview;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * The admin's review settings under {@code /admin/review-settings}: the reviewer group and the grade scale. Jira
 * administrators only: by annotation and in code ({@link ConfiguringReview}).
 */
@Path("admin/review-settings")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewSettingsResource {
    private final ConfiguringReview configuring;

    @Inject
    public ReviewSettingsResource(ConfiguringReview configuring) {
        this.configuring = configuring;
    }

    @GET
    @AdminOnly
    public ReviewSettingsDto settings() {
        return ReviewSettingsDto.of(configuring.settings());
    }

    /** Replaces the review settings: {@code {"reviewerGroup":"okr-reviewers","amberFrom":0.4,"greenFrom":0.7}}. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public ReviewSettingsDto save(String body) {
        ReviewSettingsDto request = JsonBodies.read(body, ReviewSettingsDto.class, "review");
        return ReviewSettingsDto.of(configuring.save(request.toDomain()));
    }
}
