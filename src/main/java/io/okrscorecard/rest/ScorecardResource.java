package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.LocaleResolver;
import io.okrscorecard.app.ExportingScorecardPdf;
import io.okrscorecard.app.ReadingScorecard;
import io.okrscorecard.app.ScorecardQuery;
import io.okrscorecard.core.PerspectiveKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * What dashboards read: the cycles, the scorecard of a cycle, its strategy map and its CSV and PDF exports, all from
 * the materialised numbers. Logged-in licensed users; every listed issue is checked for Browse Projects. {@code project}
 * is repeatable: the objectives of any of the projects.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {
    private final ReadingScorecard reading;
    private final ExportingScorecardPdf exporting;
    private final LocaleResolver locales;

    @Inject
    public ScorecardResource(ReadingScorecard reading, ExportingScorecardPdf exporting, LocaleResolver locales) {
        this.reading = reading;
        this.exporting = exporting;
        this.locales = locales;
    }

    /** The cycles a dashboard can show, by start day, with their states: what the gadget's settings offer. */
    @GET
    @Path("cycles")
    @LicensedOnly
    public List<CycleStateDto> cycles() {
        return reading.cycles().stream().map(CycleStateDto::of).collect(Collectors.toList());
    }

    /** The answer is a {@link ScorecardDto}, written once per kept cycle and visibility (see ReadingScorecard). */
    @GET
    @Path("scorecard")
    @LicensedOnly
    public Response scorecard(
            @QueryParam("cycle") String cycle,
            @QueryParam("project") List<String> projects,
            @QueryParam("perspective") String perspective,
            @QueryParam("trendDays") Integer trendDays,
            @QueryParam("filter") String filter) {
        byte[] answer = reading.read(
                ScorecardQuery.forProjects(cycle, projects, perspective, trendDays)
                        .withFilter(filter),
                RenderedJson.SCORECARD);
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("strategy-map")
    @LicensedOnly
    public StrategyMapDto strategyMap(
            @QueryParam("cycle") String cycle,
            @QueryParam("project") List<String> projects,
            @QueryParam("filter") String filter) {
        return StrategyMapDto.of(reading.strategyMap(
                ScorecardQuery.forProjects(cycle, projects, null, 0).withFilter(filter)));
    }

    @GET
    @Path("scorecard.csv")
    @Produces("text/csv")
    @LicensedOnly
    public Response csv(
            @QueryParam("cycle") String cycle,
            @QueryParam("project") List<String> projects,
            @QueryParam("perspective") String perspective,
            @QueryParam("filter") String filter,
            @QueryParam("show") List<String> show) {
        Set<PerspectiveKey> shown = PerspectiveKeys.of(show, "show");
        ScorecardDto scorecard =
                ScorecardDto.of(reading.read(ScorecardQuery.forProjects(cycle, projects, perspective, 0)
                                .withFilter(filter))
                        .showingOnly(shown));
        byte[] body = ScorecardCsv.of(scorecard).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, "text/csv; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"okr-scorecard-"
                                + scorecard.cycle().id() + ".csv\"")
                .build();
    }

    /** The PDF report of what {@code /scorecard} answers for the same parameters, in the caller's Jira language. */
    @GET
    @Path("scorecard.pdf")
    @Produces("application/pdf")
    @LicensedOnly
    public Response pdf(
            @QueryParam("cycle") String cycle,
            @QueryParam("project") List<String> projects,
            @QueryParam("perspective") String perspective,
            @QueryParam("filter") String filter,
            @QueryParam("show") List<String> show) {
        ExportingScorecardPdf.Exported report = exporting.export(
                ScorecardQuery.forProjects(cycle, projects, perspective, null).withFilter(filter),
                PerspectiveKeys.of(show, "show"),
                Optional.ofNullable(locales.getLocale()).orElse(Locale.ROOT));
        return Response.ok(report.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"okr-scorecard-" + report.cycle() + ".pdf\"")
                .build();
    }
}
