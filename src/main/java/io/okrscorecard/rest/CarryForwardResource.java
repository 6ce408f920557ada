package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.CarryingForward;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ValidationException;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * Carries unfinished objectives and key results of a closed cycle into the next cycle (ADR 0019). Any logged-in user
 * may ask; each issue is moved only if they may edit it, as Jira decides, and the answer says per issue what happened.
 */
@Path("cycles/{id}/carry-forward")
@Produces(MediaType.APPLICATION_JSON)
public class CarryForwardResource {
    private final CarryingForward carrying;

    @Inject
    public CarryForwardResource(CarryingForward carrying) {
        this.carrying = carrying;
    }

    /** Its own root path: JAX-RS matches the longest literal root first, and cycles/{id} is CycleReviewResource's. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public CarryForwardDto.Response carryForward(@PathParam("id") String id, String body) {
        CycleId cycle;
        try {
            cycle = CycleId.of(id);
        } catch (ValidationException invalid) {
            throw new ValidationException("cycle", invalid.reason());
        }
        CarryForwardDto.Request request = JsonBodies.read(body, CarryForwardDto.Request.class, "carryForward");
        CarryingForward.Request command;
        try {
            command = request.toCommand();
        } catch (ValidationException invalid) {
            throw new ValidationException("carryForward." + invalid.field(), invalid.reason());
        }
        try {
            return CarryForwardDto.Response.of(carrying.carryForward(cycle, command));
        } catch (ValidationException invalid) {
            throw new ValidationException("carryForward." + invalid.field(), invalid.reason());
        }
    }
}
