package io.okrscorecard.rest;

import static io.okrscorecard.core.KeyResults.milestone;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.app.CarryingForward;
import io.okrscorecard.app.CycleStates;
import io.okrscorecard.app.InMemoryIssueEditor;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.ReadingScorecard;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.OkrIssueEditor;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/**
 * {@code POST /cycles/{id}/carry-forward} over the in-memory Jira: 2026-Q4 (closed) holds O-1 (KR-1 done, KR-2 to do)
 * and O-2 (KR-3 done, finished); 2027-Q1 holds N-1. The member may browse and edit O-1 and KR-2, browse O-2 read-only.
 */
public class CarryForwardResourceTest {
    private static final Clock EARLY_JANUARY = Clock.fixed(Instant.parse("2027-01-05T09:00:00Z"), ZoneOffset.UTC);
    private static final Cycle Q1 =
            new Cycle(CycleId.of("2027-Q1"), "2027-Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
    private static final long O_1 = Ids.of("O-1");
    private static final long O_2 = Ids.of("O-2");
    private static final long N_1 = Ids.of("N-1");
    private static final long KR_2 = Ids.of("KR-2");

    private final InMemoryOkr okr = new InMemoryOkr();
    private final Personas personas = new Personas();
    private final InMemoryIssueEditor editor = new InMemoryIssueEditor(okr.jira);
    private final RestServer rest;

    public CarryForwardResourceTest() {
        okr.settings.saveCycle(Fixture.Q4);
        okr.settings.saveCycle(Q1);
        okr.jira
                .objective(objective("O-1")
                        .in("customer")
                        .with(milestone("KR-1", StatusCategory.DONE), milestone("KR-2", StatusCategory.NEW))
                        .build())
                .objective(objective("O-2")
                        .in("customer")
                        .with(milestone("KR-3", StatusCategory.DONE))
                        .build());
        Objective next = objective("N-1")
                .in("customer")
                .with(milestone("KR-5", StatusCategory.NEW))
                .build();
        okr.jira.objective(new Objective(
                next.id(),
                next.key(),
                next.summary(),
                next.perspective(),
                Q1.id(),
                next.weight(),
                next.owner(),
                next.supports(),
                next.drives(),
                next.keyResults()));
        RecalculatingProgress recalculating = okr.recalculating(EARLY_JANUARY);
        recalculating.recalculateAll(null);
        ReadingScorecard reading = new ReadingScorecard(
                personas,
                okr.settings,
                okr.settings,
                okr.jira,
                okr.progress,
                okr.snapshots,
                okr.scoring(EARLY_JANUARY),
                (viewer, filter, keys) -> Optional.empty(),
                EARLY_JANUARY);
        rest = new RestServer(new CarryForwardResource(new CarryingForward(
                personas, new CycleStates(okr.settings, EARLY_JANUARY), reading, okr.jira, editor, recalculating)));
        for (String key : List.of("O-1", "KR-1", "KR-2", "N-1")) {
            personas.letMemberBrowse(Ids.issue(key));
        }
        personas.letMemberOnlyBrowse(Ids.issue("O-2"));
        personas.actAs(Persona.MEMBER);
    }

    @After
    public void stop() {
        rest.close();
    }

    @Test
    public void eachItemGetsItsResultAndOnlyTheEditableUnfinishedOnesMove() {
        close();

        Answer answer = rest.postJson(
                "cycles/2026-Q4/carry-forward", "{\"objectives\":[" + O_1 + "," + O_2 + "],\"keyResults\":[]}");

        assertEquals(answer.body(), 200, answer.status());
        JsonNode body = answer.json();
        assertEquals("2026-Q4", body.get("from").asText());
        assertEquals("2027-Q1", body.get("into").get("id").asText());
        assertResult(body.get("results").get(0), "O-1", "MOVED", null);
        assertResult(body.get("results").get(1), "O-2", "FAILED", "FINISHED");
        assertEquals(
                Q1.id(), okr.jira.objective(Ids.objective("O-1")).orElseThrow().cycle());
    }

    @Test
    public void jirasRefusalOfOneKeyResultIsItsResultWithJirasWords() {
        close();
        editor.refusals.put(
                KR_2,
                OkrIssueEditor.Edit.refused(OkrIssueEditor.Refusal.NO_PERMISSION, List.of("Link Issues is needed")));

        Answer answer =
                rest.postJson("cycles/2026-Q4/carry-forward", "{\"keyResults\":[{\"id\":\"KR-2\",\"into\":\"N-1\"}]}");

        assertEquals(answer.body(), 200, answer.status());
        JsonNode result = answer.json().get("results").get(0);
        assertResult(result, "KR-2", "FAILED", "NO_PERMISSION");
        assertEquals("Link Issues is needed", result.get("messages").get(0).asText());
    }

    @Test
    public void aCycleThatIsNotClosedAnswers409AndMovesNothing() {
        Answer answer = rest.postJson("cycles/2026-Q4/carry-forward", "{\"objectives\":[" + O_1 + "]}");

        assertEquals(answer.body(), 409, answer.status());
        assertTrue(answer.body(), answer.json().get("message").asText().startsWith("close the cycle first"));
        assertEquals(List.of(), editor.movedObjectives);
    }

    @Test
    public void badInputAnswers400NamingTheFieldAndMovesNothing() {
        close();

        assertBadField("{}", "carryForward.objectives");
        assertBadField("{\"objectives\":[true]}", "carryForward.objectives[0]");
        assertBadField("{\"objectives\":[\"not a key\"]}", "carryForward.objectives[0]");
        assertBadField("{\"objectives\":[" + O_1 + ",\"O-1\"]}", "carryForward.objectives[1]");
        assertBadField("{\"objectives\":[" + O_1 + "],\"colour\":1}", "carryForward.colour");
        assertBadField("{\"objectives\":[0]}", "carryForward.objectives[0]");
        assertBadField("{\"objectives\":[" + N_1 + "]}", "carryForward.objectives[0]");
        assertBadField("{\"keyResults\":[{\"into\":" + N_1 + "}]}", "carryForward.keyResults[0].id");
        assertBadField("{\"keyResults\":[{\"id\":" + KR_2 + "}]}", "carryForward.keyResults[0].into");
        assertBadField(
                "{\"keyResults\":[{\"id\":" + KR_2 + ",\"into\":" + O_2 + "}]}", "carryForward.keyResults[0].into");
        Answer badCycle = rest.postJson("cycles/not%20a%20cycle/carry-forward", "{\"objectives\":[" + O_1 + "]}");
        assertEquals(badCycle.body(), 400, badCycle.status());
        assertEquals("cycle", badCycle.json().get("field").asText());
        assertEquals(List.of(), editor.movedObjectives);
        assertEquals(List.of(), editor.relinked);
    }

    @Test
    public void anUnknownCycleAnswers404() {
        Answer answer = rest.postJson("cycles/2025-Q1/carry-forward", "{\"objectives\":[" + O_1 + "]}");

        assertEquals(answer.body(), 404, answer.status());
    }

    private void assertBadField(String body, String field) {
        Answer answer = rest.postJson("cycles/2026-Q4/carry-forward", body);
        assertEquals(body + " -> " + answer.body(), 400, answer.status());
        assertEquals(
                body + " -> " + answer.body(), field, answer.json().get("field").asText());
    }

    private static void assertResult(JsonNode result, String issue, String outcome, String reason) {
        assertEquals(result.toString(), issue, result.get("issue").asText());
        assertEquals(result.toString(), outcome, result.get("outcome").asText());
        assertEquals(
                result.toString(),
                reason,
                result.get("reason").isNull() ? null : result.get("reason").asText());
    }

    private void close() {
        List<Objective> objectives = okr.jira.objectivesIn(Fixture.Q4.id());
        okr.settings.close(
                new CycleEvent(Fixture.Q4.id(), CycleEvent.Kind.CLOSED, EARLY_JANUARY.instant(), "JIRAUSER10000", ""),
                new FrozenCycle(
                        Fixture.Q4,
                        EARLY_JANUARY.instant(),
                        LocalDate.now(EARLY_JANUARY),
                        AppSettings.defaults(),
                        okr.settings.perspectives(),
                        new StatusRule(StatusMode.ABSOLUTE, 1.0),
                        objectives,
                        okr.progress.load(ProgressSubject.ofObjectivesAndKeyResults(objectives))));
    }
}
