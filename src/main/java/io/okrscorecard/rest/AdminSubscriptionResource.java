package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.okrscorecard.app.SubscribingToDigests;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * Every user's weekly digest subscriptions for the admin page, each with its subscriber's display name; an
 * administrator removes one with {@code DELETE /subscriptions/{id}}. Jira administrators only: by annotation and in
 * code ({@link SubscribingToDigests#all}).
 */
@Path("admin/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSubscriptionResource {
    private final SubscribingToDigests subscribing;

    @Inject
    public AdminSubscriptionResource(SubscribingToDigests subscribing) {
        this.subscribing = subscribing;
    }

    @GET
    @AdminOnly
    public List<SubscriptionDto> all() {
        return subscribing.all().stream()
                .map(listed -> SubscriptionDto.of(listed, subscribing.zone()))
                .toList();
    }
}
