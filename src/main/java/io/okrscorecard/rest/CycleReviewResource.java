package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.ClosingCycles;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * A cycle's state, its closing and re-opening and their history. Logged-in licensed users read; closing and
 * re-opening are checked in code ({@link ClosingCycles}: Jira administrators).
 */
@Path("cycles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CycleReviewResource {
    private final ClosingCycles closing;

    @Inject
    public CycleReviewResource(ClosingCycles closing) {
        this.closing = closing;
    }

    /** What closing or re-opening says: the reason, optional to close, required to re-open. */
    public record ReasonDto(String reason) {}

    /** A closing or re-opening: when, who (by display name) and why. */
    public record CycleEventDto(String kind, String at, PersonDto actor, String reason) {}

    /** A person as the review view shows them. */
    public record PersonDto(String key, String displayName) {}

    @GET
    @LicensedOnly
    public CycleStateDto state(@PathParam("id") String id) {
        return CycleStateDto.of(closing.state(CycleIds.fromPath(id)));
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public CycleStateDto close(@PathParam("id") String id, String body) {
        ReasonDto request = JsonBodies.read(body, ReasonDto.class, "close");
        return CycleStateDto.of(closing.close(CycleIds.fromPath(id), request.reason()));
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public CycleStateDto reopen(@PathParam("id") String id, String body) {
        ReasonDto request = JsonBodies.read(body, ReasonDto.class, "reopen");
        return CycleStateDto.of(closing.reopen(CycleIds.fromPath(id), request.reason()));
    }

    @GET
    @Path("history")
    @LicensedOnly
    public List<CycleEventDto> history(@PathParam("id") String id) {
        return closing.history(CycleIds.fromPath(id)).stream()
                .map(recorded -> new CycleEventDto(
                        recorded.event().kind().name(),
                        recorded.event().at().toString(),
                        new PersonDto(recorded.actor().key(), recorded.actor().displayName()),
                        recorded.event().reason()))
                .toList();
    }
}
