package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.LinkingWork;
import io.okrscorecard.app.PickingKeyResults;
import io.okrscorecard.app.ReadingContributions;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * The issue panel of a work item: the key results it contributes to, linking it to one and unlinking it (as the user,
 * through Jira's issue-link service), and the picker of key results to link to. An issue the viewer may not browse
 * answers 404, as if it did not exist.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ContributionResource {
    private final ReadingContributions reading;
    private final LinkingWork linking;
    private final PickingKeyResults picking;

    @Inject
    public ContributionResource(ReadingContributions reading, LinkingWork linking, PickingKeyResults picking) {
        this.reading = reading;
        this.linking = linking;
        this.picking = picking;
    }

    @GET
    @Path("issues/{key}/contributions")
    @LicensedOnly
    public ContributionsDto contributions(@PathParam("key") String key) {
        return ContributionsDto.of(reading.of(IssueKeys.fromPath(key)));
    }

    @POST
    @Path("issues/{key}/contributions")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public ContributionsDto link(@PathParam("key") String key, String body) {
        ContributionsDto.LinkRequest request =
                JsonBodies.read(body, ContributionsDto.LinkRequest.class, "contribution");
        return ContributionsDto.of(linking.link(IssueKeys.fromPath(key), request.keyResult()));
    }

    @DELETE
    @Path("issues/{key}/contributions/{keyResult}")
    @LicensedOnly
    public ContributionsDto unlink(@PathParam("key") String key, @PathParam("keyResult") String keyResult) {
        return ContributionsDto.of(linking.unlink(
                IssueKeys.fromPath(key), IssueKeys.fromPath(keyResult).value()));
    }

    @GET
    @Path("keyresults/picker")
    @LicensedOnly
    public List<ContributionsDto.ChoiceDto> picker(@QueryParam("q") String query) {
        return picking.pick(query).stream().map(ContributionsDto.ChoiceDto::of).toList();
    }
}
