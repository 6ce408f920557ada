package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.review.ReviewSettings;
import io.okrscorecard.rest.RestServer.Answer;
import io.okrscorecard.store.CycleEventEntity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;

/**
 * The review of the sample OKRs' cycle 2026-Q4 over the real store, on the fixture's review day after the cycle ended
 * (in review): grades default to progress, a grade set replaces the default and rolls up into the objective's and the
 * perspective's grades, every change is kept; bad grades are 400s naming the field, a viewer who may not grade gets
 * 403, a running or closed cycle 409, and none of them writes anything.
 */
public class ReviewResourceTest {
    private static final String REVIEW = "cycles/2026-Q4/review";
    private static final String KR_1_GRADE = "cycles/2026-Q4/key-results/KR-1/grade";
    private static final String O_1_RETRO = "cycles/2026-Q4/objectives/O-1/retrospective";

    private final ApiFixture api = new ApiFixture();

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void gradesDefaultToProgressRoundedToTwoDecimals() {
        JsonNode review = api.rest.get(REVIEW).json();

        assertEquals("IN_REVIEW", review.get("state").asText());
        JsonNode kr1 = keyResult(review, "KR-1");
        double progress = kr1.get("keyResult").get("progress").asDouble();
        assertEquals(Math.round(progress * 100) / 100.0, kr1.get("grade").asDouble(), 0.0);
        assertTrue(kr1.get("defaultGrade").asBoolean());
        assertEquals(0.5, keyResult(review, "KR-3").get("grade").asDouble(), 0.0);
        assertEquals("AMBER", keyResult(review, "KR-3").get("gradeColour").asText());
        assertEquals("RED", keyResult(review, "KR-4").get("gradeColour").asText());
        assertTrue(review.get("mayClose").asBoolean());
    }

    @Test
    public void aGradeSetReplacesTheDefaultAndRollsUpIntoObjectiveAndPerspective() {
        Answer set = api.rest.putJson(KR_1_GRADE, "{\"grade\":0.9,\"comment\":\"vendor shipped late, we did not\"}");

        assertEquals(set.body(), 200, set.status());
        JsonNode review = api.rest.get(REVIEW).json();
        JsonNode kr1 = keyResult(review, "KR-1");
        assertEquals(0.9, kr1.get("grade").asDouble(), 0.0);
        assertFalse(kr1.get("defaultGrade").asBoolean());
        assertEquals("vendor shipped late, we did not", kr1.get("comment").asText());
        assertEquals("Ada Admin", kr1.get("gradedByName").asText());
        // O-1 = (KR-1 0.9 × 1 + KR-2 0.0 × 1) / 2; the customer perspective holds only O-1
        JsonNode o1 = objective(review, "O-1");
        assertEquals(0.45, o1.get("grade").asDouble(), 1e-9);
        assertEquals("AMBER", o1.get("gradeColour").asText());
        assertEquals(0.45, perspective(review, "customer").get("grade").asDouble(), 1e-9);
    }

    @Test
    public void everyChangeOfAGradeIsKeptWithWhoWhenBeforeAfterAndComment() {
        double defaultGrade =
                keyResult(api.rest.get(REVIEW).json(), "KR-1").get("grade").asDouble();
        api.rest.putJson(KR_1_GRADE, "{\"grade\":0.9,\"comment\":\"first\"}");
        api.rest.putJson(KR_1_GRADE, "{\"grade\":0.75}");

        JsonNode history =
                api.rest.get("cycles/2026-Q4/key-results/KR-1/grade-history").json();

        assertEquals(2, history.size());
        assertEquals(defaultGrade, history.get(0).get("before").asDouble(), 0.0);
        assertEquals(0.9, history.get(0).get("grade").asDouble(), 0.0);
        assertEquals("first", history.get(0).get("comment").asText());
        assertEquals("Ada Admin", history.get(0).get("actorName").asText());
        assertEquals(ApiFixture.REVIEW_DAY.toString(), history.get(0).get("at").asText());
        assertEquals(0.9, history.get(1).get("before").asDouble(), 0.0);
        assertEquals(0.75, history.get(1).get("grade").asDouble(), 0.0);
    }

    @Test
    public void badGradesAre400sNamingTheFieldAndWriteNothing() {
        Map<String, String> bodies = new HashMap<>();
        bodies.put("{\"grade\":1.2}", "grading.grade");
        bodies.put("{\"grade\":-0.1}", "grading.grade");
        bodies.put("{\"grade\":0.333}", "grading.grade");
        bodies.put("{\"grade\":\"0.7\"}", "grading.grade");
        bodies.put("{\"grade\":\"high\"}", "grading.grade");
        bodies.put("{\"grade\":null}", "grading.grade");
        bodies.put("{\"comment\":\"no grade\"}", "grading.grade");
        bodies.put("{\"grade\":NaN}", "grading");
        bodies.put("{\"grade\":0.5,\"comment\":\"" + "x".repeat(1001) + "\"}", "grading.comment");
        bodies.put("{\"grade\":0.5,\"colour\":\"GREEN\"}", "grading.colour");
        Map<String, List<String>> before = api.store.contents();

        for (Map.Entry<String, String> body : bodies.entrySet()) {
            Answer answer = api.rest.putJson(KR_1_GRADE, body.getKey());
            assertEquals(body.getKey() + ": " + answer.body(), 400, answer.status());
            assertEquals(
                    body.getKey(), body.getValue(), answer.json().get("field").asText());
        }
        assertEquals(before, api.store.contents());
    }

    @Test
    public void aMemberWhoIsNoReviewerAssigneeOrOwnerMayNotGradeOrWrite() {
        api.actAsMember(true, "O-1", "KR-1");
        Map<String, List<String>> before = api.store.contents();

        Answer grade = api.rest.putJson(KR_1_GRADE, "{\"grade\":0.7}");
        Answer retro = api.rest.putJson(O_1_RETRO, "{\"learned\":\"a\",\"change\":\"b\"}");

        assertEquals(403, grade.status());
        assertEquals(403, retro.status());
        assertEquals(before, api.store.contents());
        JsonNode review = api.rest.get(REVIEW).json();
        assertFalse(keyResult(review, "KR-1").get("mayGrade").asBoolean());
        assertFalse(objective(review, "O-1").get("mayWriteRetrospective").asBoolean());
        assertFalse(review.get("mayClose").asBoolean());
    }

    @Test
    public void aMemberOfTheReviewerGroupGradesAnyKeyResultTheyMayBrowse() {
        api.store.settings.saveReviewSettings(new ReviewSettings(Personas.REVIEWERS, GradeScale.DEFAULT));
        api.personas.putMemberInReviewers();
        api.actAsMember(true, "O-1", "KR-1");

        Answer grade = api.rest.putJson(KR_1_GRADE, "{\"grade\":0.7}");

        assertEquals(grade.body(), 200, grade.status());
        assertEquals("Mia Member", grade.json().get("actorName").asText());
        assertTrue(api.rest.get(REVIEW).json().get("mayClose").asBoolean());
    }

    @Test
    public void aRunningCycleIsNotGraded409AndNothingWritten() {
        api.reviewOn(ApiFixture.CLOCK.instant());
        Map<String, List<String>> before = api.store.contents();

        Answer grade = api.rest.putJson(KR_1_GRADE, "{\"grade\":0.7}");
        Answer retro = api.rest.putJson(O_1_RETRO, "{\"learned\":\"a\",\"change\":\"b\"}");

        assertEquals(409, grade.status());
        assertTrue(grade.body(), grade.json().get("message").asText().contains("running"));
        assertEquals(409, retro.status());
        assertEquals(before, api.store.contents());
    }

    @Test
    public void aClosedCycleIsNotGraded409AndKeepsItsGrades() {
        api.rest.putJson(KR_1_GRADE, "{\"grade\":0.9}");
        close("2026-Q4");
        Map<String, List<String>> before = api.store.contents();

        Answer grade = api.rest.putJson(KR_1_GRADE, "{\"grade\":0.2}");
        Answer retro = api.rest.putJson(O_1_RETRO, "{\"learned\":\"a\",\"change\":\"b\"}");

        assertEquals(409, grade.status());
        assertTrue(grade.body(), grade.json().get("message").asText().contains("closed"));
        assertEquals(409, retro.status());
        assertEquals(before, api.store.contents());
        JsonNode review = api.rest.get(REVIEW).json();
        assertEquals("CLOSED", review.get("state").asText());
        assertEquals(0.9, keyResult(review, "KR-1").get("grade").asDouble(), 0.0);
    }

    @Test
    public void aRetrospectiveIsKeptAsWrittenAndTooLongTextIsA400() {
        String markup = "<script>alert('x')</script> & \"quotes\"";
        Answer written = api.rest.putJson(
                O_1_RETRO, "{\"learned\":\"" + markup.replace("\"", "\\\"") + "\",\"change\":\"weekly demos\"}");
        Answer tooLong = api.rest.putJson(O_1_RETRO, "{\"learned\":\"ok\",\"change\":\"" + "y".repeat(4001) + "\"}");

        assertEquals(written.body(), 200, written.status());
        assertEquals(400, tooLong.status());
        assertEquals("retrospective.change", tooLong.json().get("field").asText());
        JsonNode retro = objective(api.rest.get(REVIEW).json(), "O-1").get("retrospective");
        assertEquals(markup, retro.get("learned").asText());
        assertEquals("weekly demos", retro.get("change").asText());
        assertEquals("Ada Admin", retro.get("authorName").asText());
    }

    @Test
    public void theCsvListsGradesCommentsAndRetrospectivesSafeFromFormulas() {
        api.rest.putJson(KR_1_GRADE, "{\"grade\":0.9,\"comment\":\"=HYPERLINK(\\\"x\\\")\"}");
        api.rest.putJson(O_1_RETRO, "{\"learned\":\"+1 for demos\",\"change\":\"less WIP\"}");

        Answer csv = api.rest.get("cycles/2026-Q4/review.csv");

        assertEquals(200, csv.status());
        String kr1Row = csv.body()
                .lines()
                .filter(line -> line.contains(",KR-1,"))
                .findFirst()
                .orElseThrow();
        assertTrue(kr1Row, kr1Row.contains(",0.90,false,\"'=HYPERLINK(\"\"x\"\")\",Ada Admin"));
        assertTrue(kr1Row, kr1Row.contains(",'+1 for demos,less WIP,"));
        assertTrue(kr1Row, kr1Row.startsWith("2026-Q4,IN_REVIEW,Customer,0.45,O-1,"));
    }

    @Test
    public void theReviewerSettingsAreValidatedNamingTheField() {
        Answer reversed = api.rest.putJson(
                "admin/review-settings", "{\"reviewerGroup\":\"\",\"amberFrom\":0.7,\"greenFrom\":0.4}");
        Answer zero =
                api.rest.putJson("admin/review-settings", "{\"reviewerGroup\":\"\",\"amberFrom\":0,\"greenFrom\":0.4}");
        Answer saved = api.rest.putJson(
                "admin/review-settings", "{\"reviewerGroup\":\" okr-reviewers \",\"amberFrom\":0.3,\"greenFrom\":0.6}");

        assertEquals("review.greenFrom", reversed.json().get("field").asText());
        assertEquals("review.amberFrom", zero.json().get("field").asText());
        assertEquals(200, saved.status());
        assertEquals(
                "okr-reviewers",
                api.rest
                        .get("admin/review-settings")
                        .json()
                        .get("reviewerGroup")
                        .asText());
        assertEquals(
                0.3, api.rest.get(REVIEW).json().get("scale").get("amberFrom").asDouble(), 0.0);
    }

    private void close(String cycle) {
        Map<String, Object> row = new HashMap<>();
        row.put(CycleEventEntity.CYCLE_KEY, cycle);
        row.put(CycleEventEntity.KIND, "CLOSED");
        row.put(CycleEventEntity.HAPPENED_AT, ApiFixture.REVIEW_DAY.toEpochMilli());
        row.put(CycleEventEntity.ACTOR_KEY, "JIRAUSER10000");
        api.store.ao.create(CycleEventEntity.class, row);
    }

    private static JsonNode perspective(JsonNode review, String key) {
        for (JsonNode perspective : review.get("perspectives")) {
            if (perspective.get("perspective").get("key").asText().equals(key)) {
                return perspective;
            }
        }
        throw new AssertionError("no perspective " + key);
    }

    private static JsonNode objective(JsonNode review, String key) {
        for (JsonNode perspective : review.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                if (objective.get("objective").get("key").asText().equals(key)) {
                    return objective;
                }
            }
        }
        throw new AssertionError("no objective " + key);
    }

    private static JsonNode keyResult(JsonNode review, String key) {
        for (JsonNode perspective : review.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                for (JsonNode kr : objective.get("keyResults")) {
                    if (kr.get("keyResult").get("key").asText().equals(key)) {
                        return kr;
                    }
                }
            }
        }
        throw new AssertionError("no key result " + key);
    }
}
