package io.okrscorecard.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.okrscorecard.app.Grading;
import io.okrscorecard.app.ReadingReview;
import io.okrscorecard.app.Review;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * A cycle's review: read it (JSON and CSV), grade key results, read a grade's history, write retrospectives. Reads for logged-in licensed users (the objectives and key results they may browse);
 * writes checked in code by {@link Grading} (who may grade or write, only while the cycle is in review: else 409).
 * Under {@code cycles/{id}} beside the closing and re-opening of {@link CycleReviewResource} (Jersey merges the two).
 */
@Path("cycles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {
    private final ReadingReview reading;
    private final Grading grading;

    @Inject
    public ReviewResource(ReadingReview reading, Grading grading) {
        this.reading = reading;
        this.grading = grading;
    }

    @GET
    @Path("review")
    @LicensedOnly
    public ReviewDto review(@PathParam("id") String cycle) {
        return ReviewDto.of(reading.review(CycleIds.fromPath(cycle)));
    }

    @GET
    @Path("review.csv")
    @Produces("text/csv")
    @LicensedOnly
    public Response csv(@PathParam("id") String cycle) {
        ReviewDto review = ReviewDto.of(reading.review(CycleIds.fromPath(cycle)));
        return Response.ok(ReviewCsv.of(review).getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"okr-review-" + review.cycle().id() + ".csv\"")
                .build();
    }

    /** Sets a key result's grade: {@code {"grade":0.7,"comment":"…"}}; answers the change. */
    @PUT
    @Path("key-results/{key}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public GradeChangeDto grade(@PathParam("id") String cycle, @PathParam("key") String key, String body) {
        GradeChangeDto.Request request = JsonBodies.read(body, GradeChangeDto.Request.class, "grading");
        IssueKey keyResult = IssueKeys.fromPath(key);
        Review.AuthoredGradeChange change;
        try {
            change = grading.grade(CycleIds.fromPath(cycle), keyResult, request.grade(), request.comment());
        } catch (ValidationException invalid) {
            throw invalid.under("grading");
        }
        return GradeChangeDto.of(keyResult.value(), change);
    }

    @GET
    @Path("key-results/{key}/grade-history")
    @LicensedOnly
    public List<GradeChangeDto> gradeHistory(@PathParam("id") String cycle, @PathParam("key") String key) {
        IssueKey keyResult = IssueKeys.fromPath(key);
        return grading.history(CycleIds.fromPath(cycle), keyResult).stream()
                .map(change -> GradeChangeDto.of(keyResult.value(), change))
                .collect(Collectors.toList());
    }

    /** Writes an objective's retrospective: {@code {"learned":"…","change":"…"}}; answers it. */
    @PUT
    @Path("objectives/{key}/retrospective")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public ReviewDto.RetrospectiveDto retrospective(
            @PathParam("id") String cycle, @PathParam("key") String key, String body) {
        GradeChangeDto.RetrospectiveRequest request =
                JsonBodies.read(body, GradeChangeDto.RetrospectiveRequest.class, "retrospective");
        Review.AuthoredRetrospective note;
        try {
            note = grading.writeRetrospective(
                    CycleIds.fromPath(cycle), IssueKeys.fromPath(key), request.learned(), request.change());
        } catch (ValidationException invalid) {
            throw invalid.under("retrospective");
        }
        return ReviewDto.RetrospectiveDto.of(note);
    }
}
