package io.okrscorecard.rest;

import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.review.ReviewSettings;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import io.okrscorecard.store.CycleEventEntity;
import io.okrscorecard.store.FrozenCycleEntity;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Closing a cycle freezes it: every read of the closed cycle (scorecard, strategy map, CSV, PDF) answers from its
 * snapshot whatever happens in Jira and in the stored numbers afterwards; re-opening makes reads follow Jira again.
 * The sample cycle 2026-Q4 is made to end on 15 November, so that on the fixture's day (16 November) it is in review.
 */
public class ClosingCyclesTest {
    private static final String Q4 = "2026-Q4";
    private static final List<String> READS = List.of(
            "scorecard?cycle=" + Q4,
            "scorecard?cycle=" + Q4 + "&project=O&trendDays=7",
            "strategy-map?cycle=" + Q4,
            "scorecard.csv?cycle=" + Q4);

    private final ApiFixture api = new ApiFixture();

    @Before
    public void endTheCycleYesterday() {
        api.store.settings.saveCycle(
                new Cycle(CycleId.of(Q4), "Q4 2026", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15)));
        api.actAsAdministrator();
    }

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void afterClosingEveryReadOfTheCycleIsByteIdenticalWhateverChangesInJira() throws IOException {
        Map<String, String> before = reads();
        String pdfBefore = pdf();

        Answer closed = api.rest.postJson("cycles/" + Q4 + "/close", "{\"reason\":\"quarter review done\"}");
        assertEquals(closed.body(), 200, closed.status());
        assertEquals("CLOSED", closed.json().get("state").asText());
        changeJiraAndTheStoredNumbers();
        Answer checkIn =
                api.rest.postJson("keyresults/KR-1/checkins", "{\"confidence\":\"AT_RISK\",\"comment\":\"late\"}");
        assertEquals(checkIn.body(), 201, checkIn.status());
        api.recalculateOn(LocalDate.of(2026, 11, 16), jira -> {});

        Map<String, String> after = reads();
        for (String read : READS) {
            assertEquals(read, before.get(read), withoutFrozenAt(after.get(read)));
        }
        assertEquals(pdfBefore, pdf());
        assertEquals(
                "the scorecard says when it was closed",
                "2026-11-16T00:00:00Z",
                api.rest.get("scorecard?cycle=" + Q4).json().get("frozenAt").asText());
    }

    @Test
    public void theIssuePanelShowsTheNumberTheClosedCycleShowsAboveTheNumbersOfJiraNow() {
        api.rest.postJson("cycles/" + Q4 + "/close", "{}");
        JsonNode scorecard = api.rest.get("scorecard?cycle=" + Q4).json();
        api.okr.jira.put(WorkItems.story("S-3").inEpic("E-1").done().build());

        JsonNode objective = api.rest.get("objectives/O-1").json();
        JsonNode keyResult = api.rest.get("keyresults/KR-1").json();

        assertEquals(
                "2026-11-16T00:00:00Z", objective.get("closed").get("frozenAt").asText());
        double closedO1 = listed(scorecard, "O-1").get("progress").asDouble();
        assertEquals(closedO1, objective.get("closed").get("progress").asDouble(), 1e-9);
        assertNotEquals("Jira's number now", closedO1, objective.get("progress").asDouble(), 1e-9);
        assertEquals(
                listed(scorecard, "KR-1").get("progress").asDouble(),
                keyResult.get("closed").get("progress").asDouble(),
                1e-9);

        api.rest.postJson("cycles/" + Q4 + "/reopen", "{\"reason\":\"late work\"}");
        assertTrue(api.rest.get("objectives/O-1").json().get("closed").isNull());
    }

    /** The objective or key result with this key as the scorecard lists it. */
    private static JsonNode listed(JsonNode scorecard, String key) {
        for (JsonNode perspective : scorecard.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                if (objective.get("key").asText().equals(key)) {
                    return objective;
                }
                for (JsonNode keyResult : objective.get("keyResults")) {
                    if (keyResult.get("key").asText().equals(key)) {
                        return keyResult;
                    }
                }
            }
        }
        throw new AssertionError("the scorecard lists no " + key);
    }

    @Test
    public void reopeningWithAReasonMakesReadsFollowJiraAgain() {
        String before = api.rest.get("scorecard?cycle=" + Q4).body();
        api.rest.postJson("cycles/" + Q4 + "/close", "{}");
        changeJiraAndTheStoredNumbers();

        Answer reopened = api.rest.postJson("cycles/" + Q4 + "/reopen", "{\"reason\":\"a late delivery counts\"}");

        assertEquals(reopened.body(), 200, reopened.status());
        assertEquals("IN_REVIEW", reopened.json().get("state").asText());
        Answer now = api.rest.get("scorecard?cycle=" + Q4);
        assertNotEquals(before, now.body());
        assertTrue(now.json().get("frozenAt").isNull());
        assertTrue(now.body(), now.body().contains("Renamed while closed"));
        Answer history = api.rest.get("cycles/" + Q4 + "/history");
        assertEquals(2, history.json().size());
        assertEquals("CLOSED", history.json().get(0).get("kind").asText());
        assertEquals("REOPENED", history.json().get(1).get("kind").asText());
        assertEquals(
                "a late delivery counts", history.json().get(1).get("reason").asText());
        assertEquals(
                "Ada Admin",
                history.json().get(1).get("actor").get("displayName").asText());
    }

    @Test
    public void aRunningCycleOrOneClosedAlreadyCannotBeClosedAndAnOpenOneCannotBeReopened() {
        api.store.settings.saveCycle(
                new Cycle(CycleId.of(Q4), "Q4 2026", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        Answer running = api.rest.postJson("cycles/" + Q4 + "/close", "{}");
        assertEquals(running.body(), 409, running.status());
        assertTrue(running.body(), running.body().contains("can be closed after its last day"));
        assertEquals(
                409,
                api.rest
                        .postJson("cycles/" + Q4 + "/reopen", "{\"reason\":\"x\"}")
                        .status());

        endTheCycleYesterday();
        assertEquals(200, api.rest.postJson("cycles/" + Q4 + "/close", "{}").status());
        Answer again = api.rest.postJson("cycles/" + Q4 + "/close", "{}");
        assertEquals(again.body(), 409, again.status());
        assertEquals(1, api.store.countOf(CycleEventEntity.class));
    }

    @Test
    public void reopeningWithoutAReasonIsBadInputNamingTheReasonAndChangesNothing() {
        api.rest.postJson("cycles/" + Q4 + "/close", "{}");
        int rows = api.store.rowsInAllTables();

        for (String body : List.of(
                "{}", "{\"reason\":\"   \"}", "{\"reason\":null}", "{\"reason\":\"" + "x".repeat(1001) + "\"}")) {
            Answer answer = api.rest.postJson("cycles/" + Q4 + "/reopen", body);
            assertEquals(body + ": " + answer.body(), 400, answer.status());
            assertEquals("reason", answer.json().get("field").asText());
        }
        assertEquals(rows, api.store.rowsInAllTables());
        assertEquals("CLOSED", api.rest.get("cycles/" + Q4).json().get("state").asText());
    }

    @Test
    public void onlyAnAdministratorOrAReviewerClosesOrReopensAndNothingIsWrittenForAnyoneElse() {
        for (Persona persona : List.of(Persona.MEMBER, Persona.OUTSIDER, Persona.ANONYMOUS)) {
            api.personas.actAs(persona);
            int expected = persona == Persona.ANONYMOUS ? 401 : 403;
            assertEquals(
                    persona.name(),
                    expected,
                    api.rest.postJson("cycles/" + Q4 + "/close", "{}").status());
        }
        assertEquals(0, api.store.countOf(FrozenCycleEntity.class));

        api.actAsAdministrator();
        api.rest.postJson("cycles/" + Q4 + "/close", "{}");
        api.personas.actAs(Persona.MEMBER);
        assertEquals(
                403,
                api.rest
                        .postJson("cycles/" + Q4 + "/reopen", "{\"reason\":\"x\"}")
                        .status());
        assertEquals("CLOSED", api.rest.get("cycles/" + Q4).json().get("state").asText());
        assertEquals(1, api.rest.get("cycles/" + Q4 + "/history").json().size());

        api.store.settings.saveReviewSettings(new ReviewSettings(Personas.REVIEWERS, GradeScale.DEFAULT));
        api.personas.putMemberInReviewers();
        Answer reopened = api.rest.postJson("cycles/" + Q4 + "/reopen", "{\"reason\":\"the reviewer re-opens\"}");
        assertEquals(reopened.body(), 200, reopened.status());
        assertEquals(
                "Mia Member",
                api.rest
                        .get("cycles/" + Q4 + "/history")
                        .json()
                        .get(1)
                        .get("actor")
                        .get("displayName")
                        .asText());
    }

    @Test
    public void theCycleListSaysWhichCyclesAreRunningInReviewOrClosed() {
        api.store.settings.saveCycle(
                new Cycle(CycleId.of("2027-Q1"), "Q1 2027", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        api.store.settings.saveCycle(
                new Cycle(CycleId.of("2026-Q3"), "Q3 2026", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        api.rest.postJson("cycles/2026-Q3/close", "{}");

        Answer cycles = api.rest.get("cycles");

        assertEquals("CLOSED", cycles.json().get(0).get("state").asText());
        assertEquals("IN_REVIEW", cycles.json().get(1).get("state").asText());
        assertEquals("PLANNED", cycles.json().get(2).get("state").asText());
        assertEquals(404, api.rest.get("cycles/2031-Q9").status());
        assertEquals(
                "2026-11-16T00:00:00Z",
                api.rest.get("scorecard?cycle=2026-Q3").json().get("frozenAt").asText());
        assertTrue(
                api.rest.get("scorecard?cycle=2026-Q4").json().get("frozenAt").isNull());
    }

    /** O-1 renamed and left with one key result in Jira, S-3 done, and O-2's stored number overwritten. */
    private void changeJiraAndTheStoredNumbers() {
        api.okr.jira.objective(objective("O-1")
                .summary("Renamed while closed")
                .in("customer")
                .with(work("KR-1"))
                .build());
        api.okr.jira.put(WorkItems.story("S-3").inEpic("E-1").done().build());
        StoredProgress row = api.store
                .progress
                .load(List.of(ProgressSubject.of(SampleOkrs.O_2)))
                .get(ProgressSubject.of(SampleOkrs.O_2));
        api.store.progress.save(List.of(new StoredProgress(
                row.subject(),
                Progress.of(0.99),
                0.99,
                row.counts(),
                row.policyUsed(),
                row.fellBackToCount(),
                Instant.parse("2026-11-16T12:00:00Z"),
                row.version())));
    }

    private Map<String, String> reads() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String read : READS) {
            Answer answer = api.rest.get(read);
            assertEquals(read + ": " + answer.body(), 200, answer.status());
            bodies.put(read, answer.body());
        }
        return bodies;
    }

    private String pdf() throws IOException {
        return ScorecardPdfExportTest.text(
                api.rest.download("scorecard.pdf?cycle=" + Q4).body());
    }

    /** The JSON answers of a closed cycle say when it was closed; everything else is what it was before. */
    private static String withoutFrozenAt(String body) {
        return body.replace("\"frozenAt\":\"2026-11-16T00:00:00Z\"", "\"frozenAt\":null");
    }
}
