package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.OkrIssueEditor;
import io.okrscorecard.sandbox.server.SandboxHttp.Answer;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Carrying forward in the sandbox's demo at mid 2026-Q4, with 2026-Q3 finished and in review: the endpoint is wired and
 * refuses a cycle that is not closed, and the sandbox's stand-in for Jira's edits really moves what the sandbox reads:
 * an objective moved to 2026-Q4 is in 2026-Q4's scorecard after the recalculation, with its key results, and no longer
 * in 2026-Q3's.
 */
public class SandboxCarryForwardTest {
    private static final Clock MID_Q4 = Clock.fixed(Instant.parse("2026-11-16T10:00:00Z"), ZoneOffset.UTC);

    @ClassRule
    public static final TemporaryFolder FOLDERS = new TemporaryFolder();

    private static Sandbox demo;
    private static SandboxHttp http;

    @BeforeClass
    public static void startTheDemo() throws IOException {
        demo = Sandbox.start(SandboxOptions.defaults()
                .withPort(0)
                .withData(FOLDERS.newFolder("demo").toPath())
                .withClock(MID_Q4));
        http = new SandboxHttp(demo);
    }

    @AfterClass
    public static void stopTheDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    public void aCycleInReviewIsNotCarriedForwardBeforeItIsClosed() {
        String key = objectiveKeys("2026-Q3").get(0);

        Answer answer = http.postJson(
                SandboxHttp.API + "cycles/2026-Q3/carry-forward", Persona.ADMIN, "{\"objectives\":[\"" + key + "\"]}");

        assertEquals(answer.body(), 409, answer.status());
        assertTrue(answer.body(), answer.json().get("message").asText().startsWith("close the cycle first"));
        assertTrue(objectiveKeys("2026-Q3").contains(key));
    }

    @Test
    public void anObjectiveMovedToTheNextCycleIsReadInItsScorecardWithItsKeyResults() throws InterruptedException {
        String key = objectiveKeys("2026-Q3").get(1);
        ObjectiveId id =
                ObjectiveId.of(demo.jira().idOf(IssueKey.of(key)).orElseThrow().value());
        int keyResults = demo.jira().objective(id).orElseThrow().keyResults().size();

        OkrIssueEditor.Edit edit =
                demo.jira().edits().moveToCycle(new Viewer(Persona.ADMIN.userKey()), id, CycleId.of("2026-Q4"));
        recalculate();

        assertTrue(edit.done());
        assertTrue(objectiveKeys("2026-Q4").contains(key));
        assertFalse(objectiveKeys("2026-Q3").contains(key));
        assertEquals(keyResults, objective("2026-Q4", key).get("keyResults").size());
        OkrIssueEditor.Edit byViewer =
                demo.jira().edits().moveToCycle(new Viewer(Persona.VIEWER.userKey()), id, CycleId.of("2026-Q3"));
        assertEquals(OkrIssueEditor.Refusal.NO_PERMISSION, byViewer.refusal());
    }

    /** Recalculates as the admin page's "Recalculate now" does, to the end. */
    private static void recalculate() throws InterruptedException {
        Answer started = http.postJson(SandboxHttp.API + "admin/recalculate", Persona.ADMIN, "{}");
        assertEquals(started.body(), 202, started.status());
        String job = "admin/recalculate/" + started.json().get("id").asText();
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode state = http.api(job, Persona.ADMIN);
        while (!"FINISHED".equals(state.get("phase").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            state = http.api(job, Persona.ADMIN);
        }
        assertEquals(state.toString(), "FINISHED", state.get("phase").asText());
    }

    private static List<String> objectiveKeys(String cycle) {
        List<String> keys = new ArrayList<>();
        JsonNode scorecard = http.api("scorecard?cycle=" + cycle, Persona.ADMIN);
        scorecard.get("perspectives").forEach(perspective -> perspective
                .get("objectives")
                .forEach(objective -> keys.add(objective.get("key").asText())));
        scorecard
                .get("unassigned")
                .forEach(objective -> keys.add(objective.get("key").asText()));
        return keys;
    }

    private static JsonNode objective(String cycle, String key) {
        JsonNode scorecard = http.api("scorecard?cycle=" + cycle, Persona.ADMIN);
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
