package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.ComparingCycles;
import java.util.List;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * The scorecard of one cycle compared with another's, for the scope the scorecard takes ({@code project} repeatable,
 * {@code filter}, {@code perspective}): who may read the scorecard may compare, and sees the same objectives.
 */
@Path("scorecard/compare")
@Produces(MediaType.APPLICATION_JSON)
public class CompareResource {
    private final ComparingCycles comparing;

    @Inject
    public CompareResource(ComparingCycles comparing) {
        this.comparing = comparing;
    }

    @GET
    @LicensedOnly
    public CycleComparisonDto compare(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("project") List<String> projects,
            @QueryParam("perspective") String perspective,
            @QueryParam("filter") String filter) {
        return CycleComparisonDto.of(
                comparing.compare(ComparingCycles.Query.of(from, to, projects, perspective, filter)));
    }
}
