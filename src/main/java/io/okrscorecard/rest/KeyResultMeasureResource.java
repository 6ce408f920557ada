package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.ConfiguringMeasures;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * A key result's Jira measure under {@code keyresults/{key}/measure}: read it (Browse Projects on the key result), set,
 * replace or remove it, or measure now (Edit Issues on it, checked in {@link ConfiguringMeasures}).
 */
@Path("keyresults/{key}/measure")
@Produces(MediaType.APPLICATION_JSON)
public class KeyResultMeasureResource {
    private final ConfiguringMeasures configuring;

    @Inject
    public KeyResultMeasureResource(ConfiguringMeasures configuring) {
        this.configuring = configuring;
    }

    @GET
    @LicensedOnly
    public MeasureDto measure(@PathParam("key") String key) {
        return MeasureDto.of(configuring.read(IssueKeys.fromPath(key)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public MeasureDto define(@PathParam("key") String key, String body) {
        MeasureDto.Definition requested = JsonBodies.read(body, MeasureDto.Definition.class, "measure");
        return MeasureDto.of(configuring.define(IssueKeys.fromPath(key), requested.command()));
    }

    @DELETE
    @LicensedOnly
    public Response remove(@PathParam("key") String key) {
        configuring.remove(IssueKeys.fromPath(key));
        return Response.noContent().build();
    }

    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public MeasureDto measureNow(@PathParam("key") String key, String body) {
        JsonBodies.read(body, MeasureDto.RunRequest.class, "measure");
        return MeasureDto.of(configuring.measureNow(IssueKeys.fromPath(key)));
    }
}
