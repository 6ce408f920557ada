package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.okrscorecard.app.RunningRecalculation;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * {@code /admin/recalculate}: starts a full recalculation in the background and reports its progress. The jobs are
 * kept by the node that started them ({@link RunningRecalculation}). Jira administrators only: by annotation and in
 * code.
 */
@Path("admin/recalculate")
@Produces(MediaType.APPLICATION_JSON)
public class RecalculationResource {
    private final RunningRecalculation running;

    @Inject
    public RecalculationResource(RunningRecalculation running) {
        this.running = running;
    }

    /** 202 with the job and its Location; while one is queued or running, 202 with that one. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public Response start(String body, @Context UriInfo uri) {
        JsonBodies.read(body, RecalculationDto.Request.class, "recalculation");
        RunningRecalculation.Job job = running.start();
        return Response.accepted(RecalculationDto.of(job))
                .location(uri.getAbsolutePathBuilder().path(job.id()).build())
                .build();
    }

    @GET
    @Path("{id}")
    @AdminOnly
    public RecalculationDto job(@PathParam("id") String id) {
        return RecalculationDto.of(running.job(id));
    }
}
