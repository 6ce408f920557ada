package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.ReadingScorecard;
import io.okrscorecard.app.ScorecardQuery;
import java.nio.charset.StandardCharsets;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * What dashboards read: the scorecard of a cycle, its strategy map and its CSV export, all from the materialised
 * numbers. Logged-in licensed users; every listed issue is checked for Browse Projects.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {
    private final ReadingScorecard reading;

    @Inject
    public ScorecardResource(ReadingScorecard reading) {
        this.reading = reading;
    }

    @GET
    @Path("scorecard")
    @LicensedOnly
    public ScorecardDto scorecard(
            @QueryParam("cycle") String cycle,
            @QueryParam("project") String project,
            @QueryParam("perspective") String perspective,
            @QueryParam("trendDays") Integer trendDays) {
        return ScorecardDto.of(reading.read(ScorecardQuery.of(cycle, project, perspective, trendDays)));
    }

    @GET
    @Path("strategy-map")
    @LicensedOnly
    public StrategyMapDto strategyMap(@QueryParam("cycle") String cycle, @QueryParam("project") String project) {
        return StrategyMapDto.of(reading.strategyMap(ScorecardQuery.of(cycle, project, null, 0)));
    }

    @GET
    @Path("scorecard.csv")
    @Produces("text/csv")
    @LicensedOnly
    public Response csv(
            @QueryParam("cycle") String cycle,
            @QueryParam("project") String project,
            @QueryParam("perspective") String perspective) {
        ScorecardDto scorecard = ScorecardDto.of(reading.read(ScorecardQuery.of(cycle, project, perspective, 0)));
        byte[] body = ScorecardCsv.of(scorecard).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, "text/csv; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"okr-scorecard-"
                                + scorecard.cycle().id() + ".csv\"")
                .build();
    }
}
