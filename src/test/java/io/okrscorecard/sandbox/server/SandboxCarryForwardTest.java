package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.OkrIssueEditor;
import io.okrscorecard.sandbox.server.SandboxHttp.Answer;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Carrying forward in the sandbox's demo at mid 2026-Q4, with 2026-Q3 finished and in review: refused until 2026-Q3 is
 * closed; then an objective carried forward is in 2026-Q4's scorecard with its key results, while the closed 2026-Q3
 * still lists it with its frozen numbers. The sandbox's stand-in for Jira's edits refuses a user who may not edit.
 */
public class SandboxCarryForwardTest {

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @Test
    public void afterClosingTheFinishedCycleItsObjectiveMovesToTheRunningOneAndTheClosedCycleStillListsIt() {
        List<String> inReview = objectiveKeys("2026-Q3");
        String moving = inReview.get(0);
        Answer early = DEMO.http()
                .postJson(
                        SandboxHttp.API + "cycles/2026-Q3/carry-forward",
                        Persona.ADMIN,
                        "{\"objectives\":[\"" + moving + "\"]}");
        assertEquals(early.body(), 409, early.status());
        assertTrue(early.body(), early.json().get("message").asText().startsWith("close the cycle first"));

        Answer closed = DEMO.http().postJson(SandboxHttp.API + "cycles/2026-Q3/close", Persona.ADMIN, "{}");
        assertEquals(closed.body(), 200, closed.status());
        int keyResults = objective("2026-Q3", moving).get("keyResults").size();
        Answer refused = DEMO.http()
                .postJson(
                        SandboxHttp.API + "cycles/2026-Q3/carry-forward",
                        Persona.VIEWER,
                        "{\"objectives\":[\"" + inReview.get(1) + "\"]}");
        Answer carried = DEMO.http()
                .postJson(
                        SandboxHttp.API + "cycles/2026-Q3/carry-forward",
                        Persona.ADMIN,
                        "{\"objectives\":[\"" + moving + "\"]}");

        assertEquals(
                refused.body(),
                "NOT_EDITABLE",
                refused.json().get("results").get(0).get("reason").asText());
        assertEquals(carried.body(), 200, carried.status());
        JsonNode result = carried.json().get("results").get(0);
        assertEquals(result.toString(), "MOVED", result.get("outcome").asText());
        assertEquals("2026-Q4", carried.json().get("into").get("id").asText());
        assertTrue(objectiveKeys("2026-Q4").contains(moving));
        assertEquals(keyResults, objective("2026-Q4", moving).get("keyResults").size());
        assertEquals("its frozen numbers stay with the closed cycle", inReview, objectiveKeys("2026-Q3"));
    }

    @Test
    public void theSandboxsEditsRefuseAUserWhoMayNotEdit() {
        String key = objectiveKeys("2026-Q4").get(0);
        ObjectiveId id = ObjectiveId.of(
                DEMO.sandbox().jira().idOf(IssueKey.of(key)).orElseThrow().value());

        OkrIssueEditor.Edit edit = DEMO.sandbox()
                .jira()
                .edits()
                .moveToCycle(new Viewer(Persona.VIEWER.userKey()), id, CycleId.of("2026-Q3"));

        assertEquals(OkrIssueEditor.Refusal.NO_PERMISSION, edit.refusal());
        assertTrue(objectiveKeys("2026-Q4").contains(key));
    }

    private static List<String> objectiveKeys(String cycle) {
        List<String> keys = new ArrayList<>();
        JsonNode scorecard = DEMO.http().api("scorecard?cycle=" + cycle, Persona.ADMIN);
        scorecard.get("perspectives").forEach(perspective -> perspective
                .get("objectives")
                .forEach(objective -> keys.add(objective.get("key").asText())));
        scorecard
                .get("unassigned")
                .forEach(objective -> keys.add(objective.get("key").asText()));
        return keys;
    }

    private static JsonNode objective(String cycle, String key) {
        JsonNode scorecard = DEMO.http().api("scorecard?cycle=" + cycle, Persona.ADMIN);
        for (JsonNode perspective : scorecard.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                if (objective.get("key").asText().equals(key)) {
                    return objective;
                }
            }
        }
        throw new AssertionError(key + " is not in " + cycle);
    }
}
