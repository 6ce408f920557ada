package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.SubscribingToDigests;
import io.okrscorecard.core.digest.SubscriptionId;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * A user's own weekly digest subscriptions under {@code /subscriptions} (everybody's for Jira administrators: {@link
 * AdminSubscriptionResource}). Who may do what is checked in {@link SubscribingToDigests} as well.
 */
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {
    private final SubscribingToDigests subscribing;

    @Inject
    public SubscriptionResource(SubscribingToDigests subscribing) {
        this.subscribing = subscribing;
    }

    @GET
    @LicensedOnly
    public List<SubscriptionDto> mine() {
        return subscribing.mine().stream()
                .map(listed -> SubscriptionDto.of(listed, subscribing.zone()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response subscribe(String body) {
        SubscriptionDto.Request request = JsonBodies.read(body, SubscriptionDto.Request.class, "subscription");
        SubscribingToDigests.Listed listed = subscribing.subscribe(request.scope(), request.schedule());
        return Response.status(Response.Status.CREATED)
                .entity(SubscriptionDto.of(listed, subscribing.zone()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @LicensedOnly
    public Response remove(@PathParam("id") String id) {
        subscribing.remove(SubscriptionId.parse(id));
        return Response.noContent().build();
    }
}
