package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.AuthoredCheckIn;
import io.okrscorecard.app.CheckingIn;
import io.okrscorecard.app.ReadingKeyResults;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Objectives and key results by issue key: their numbers computed afresh with the explanation, the work behind a key
 * result page by page, and its check-ins. An issue the viewer may not browse answers 404, as if it did not exist.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class OkrResource {
    private final ReadingKeyResults reading;
    private final CheckingIn checkingIn;

    @Inject
    public OkrResource(ReadingKeyResults reading, CheckingIn checkingIn) {
        this.reading = reading;
        this.checkingIn = checkingIn;
    }

    @GET
    @Path("objectives/{key}")
    @LicensedOnly
    public ObjectiveDto objective(@PathParam("key") String key) {
        return ObjectiveDto.of(reading.objective(IssueKeys.fromPath(key)));
    }

    @GET
    @Path("keyresults/{key}")
    @LicensedOnly
    public KeyResultDto keyResult(@PathParam("key") String key) {
        return KeyResultDto.of(reading.keyResult(IssueKeys.fromPath(key)));
    }

    @GET
    @Path("keyresults/{key}/work")
    @LicensedOnly
    public WorkPageDto work(
            @PathParam("key") String key,
            @QueryParam("start") @DefaultValue("0") int start,
            @QueryParam("max") @DefaultValue("50") int max) {
        return WorkPageDto.of(reading.work(IssueKeys.fromPath(key), start, max));
    }

    @GET
    @Path("keyresults/{key}/checkins")
    @LicensedOnly
    public List<CheckInDto> checkIns(@PathParam("key") String key) {
        return checkingIn.history(IssueKeys.fromPath(key)).stream()
                .map(CheckInDto::of)
                .collect(Collectors.toList());
    }

    @POST
    @Path("keyresults/{key}/checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response recordCheckIn(@PathParam("key") String key, String body) {
        CheckInDto.Request request = JsonBodies.read(body, CheckInDto.Request.class, "checkIn");
        AuthoredCheckIn recorded = checkingIn.record(
                IssueKeys.fromPath(key), request.value(), request.confidenceValue(), request.comment());
        return Response.status(Response.Status.CREATED)
                .entity(CheckInDto.of(recorded))
                .build();
    }
}
