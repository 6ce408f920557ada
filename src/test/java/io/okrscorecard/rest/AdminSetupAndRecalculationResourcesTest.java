package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.After;
import org.junit.Test;

/**
 * {@code /admin/bootstrap} and {@code /admin/recalculate}: administrators only (401 anonymous, 403 for everyone
 * else, with nothing but the error), the setup report per role, and a recalculation job whose progress can be
 * followed while it runs and after it finished.
 */
public class AdminSetupAndRecalculationResourcesTest {
    private static final Set<String> ERROR_FIELDS = Set.of("status", "field", "message");

    private final ApiFixture api = new ApiFixture();
    private final RestServer rest = api.rest;

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void onlyAdministratorsReachTheSetupReportAndRecalculationsAndOthersLearnNothing() {
        String jobId = rest.post("admin/recalculate", "application/json", "{}")
                .json()
                .get("id")
                .asText();
        for (Persona persona : List.of(Persona.ANONYMOUS, Persona.OUTSIDER, Persona.MEMBER)) {
            api.personas.actAs(persona);
            int expected = persona == Persona.ANONYMOUS ? 401 : 403;
            for (Answer answer : List.of(
                    rest.get("admin/bootstrap"),
                    rest.post("admin/recalculate", "application/json", "{}"),
                    rest.get("admin/recalculate/" + jobId))) {
                assertEquals(persona + " " + answer.body(), expected, answer.status());
                assertEquals(answer.body(), ERROR_FIELDS, fieldNames(answer.json()));
                assertFalse(answer.body(), answer.body().contains(jobId));
                assertFalse(answer.body(), answer.body().contains("OKR Weight"));
                assertEquals("", answer.location());
            }
        }
        assertEquals(1, api.executor.queued());

        api.personas.actAs(Persona.ADMIN);
        assertEquals(200, rest.get("admin/bootstrap").status());
        assertEquals(
                202, rest.post("admin/recalculate", "application/json", "{}").status());
        assertEquals(200, rest.get("admin/recalculate/" + jobId).status());
    }

    @Test
    public void theSetupReportListsEveryRoleWithItsObjectOutcomeAndMessageKey() {
        JsonNode report = rest.get("admin/bootstrap").json();

        assertEquals("COMPLETED", report.get("run").asText());
        assertEquals("okr.bootstrap.run.completed", report.get("runMessageKey").asText());
        assertFalse(report.get("checkedNow").asBoolean());
        assertTrue(report.get("complete").asBoolean());
        JsonNode objects = report.get("objects");
        assertEquals(HostObject.values().length, objects.size());
        JsonNode weight = objects.get(HostObject.WEIGHT_FIELD.ordinal());
        assertEquals("WEIGHT_FIELD", weight.get("role").asText());
        assertEquals("CUSTOM_FIELD", weight.get("kind").asText());
        assertEquals("OKR Weight", weight.get("name").asText());
        assertTrue(weight.get("id").asText().startsWith("customfield_"));
        assertEquals("CREATED", weight.get("outcome").asText());
        assertEquals("okr.bootstrap.outcome.created", weight.get("messageKey").asText());
        assertTrue(weight.get("message").isNull());
    }

    @Test
    public void startingARecalculationAnswers202WithTheQueuedJobAndWhereToFollowIt() {
        Answer started = rest.post("admin/recalculate", "application/json", "{}");

        assertEquals(started.body(), 202, started.status());
        JsonNode job = started.json();
        assertEquals("QUEUED", job.get("phase").asText());
        assertTrue(job.get("startedAt").isNull());
        assertTrue(
                started.location(),
                started.location()
                        .endsWith("/rest/okr-scorecard/1.0/admin/recalculate/"
                                + job.get("id").asText()));
        assertEquals(1, api.executor.queued());
    }

    @Test
    public void startingAgainWhileOneIsQueuedOrRunningAnswersWithThatJob() {
        String first = rest.post("admin/recalculate", "application/json", "{}")
                .json()
                .get("id")
                .asText();
        List<Answer> duringRun = new ArrayList<>();
        api.duringWorkReads.add(() -> duringRun.add(rest.post("admin/recalculate", "application/json", "{}")));

        Answer whileQueued = rest.post("admin/recalculate", "application/json", "{}");
        api.executor.runNext();

        assertEquals(202, whileQueued.status());
        assertEquals(first, whileQueued.json().get("id").asText());
        assertEquals(202, duringRun.get(0).status());
        assertEquals(first, duringRun.get(0).json().get("id").asText());
        assertEquals("RUNNING", duringRun.get(0).json().get("phase").asText());
        assertEquals(0, api.executor.queued());
    }

    @Test
    public void progressIsVisibleWhileTheJobRunsAndAfterItFinished() {
        String id = rest.post("admin/recalculate", "application/json", "{}")
                .json()
                .get("id")
                .asText();
        List<JsonNode> whileRunning = new ArrayList<>();
        api.duringWorkReads.add(
                () -> whileRunning.add(rest.get("admin/recalculate/" + id).json()));

        api.executor.runNext();

        JsonNode running = whileRunning.get(0);
        assertEquals("RUNNING", running.get("phase").asText());
        assertEquals(0, running.get("done").asInt());
        assertEquals(2, running.get("total").asInt());
        assertEquals(
                ApiFixture.CLOCK.instant().toString(), running.get("startedAt").asText());
        assertTrue(running.get("finishedAt").isNull());
        JsonNode finished = rest.get("admin/recalculate/" + id).json();
        assertEquals("FINISHED", finished.get("phase").asText());
        assertEquals(2, finished.get("done").asInt());
        assertEquals(2, finished.get("total").asInt());
        assertEquals(
                ApiFixture.CLOCK.instant().toString(),
                finished.get("finishedAt").asText());
        assertEquals(0, finished.get("failures").size());
    }

    @Test
    public void aCycleThatCannotBeReadIsListedAsAFailureOfTheFinishedJob() {
        String id = rest.post("admin/recalculate", "application/json", "{}")
                .json()
                .get("id")
                .asText();
        api.okr.jira.failWith(new IllegalStateException("Jira is down"));

        api.executor.runNext();

        JsonNode failure =
                rest.get("admin/recalculate/" + id).json().get("failures").get(0);
        assertEquals("2026-Q4", failure.get("cycle").asText());
        assertEquals("okr.recalculate.failure.cycle", failure.get("messageKey").asText());
    }

    @Test
    public void unknownAndMalformedJobIdsAre404() {
        for (String id :
                List.of("00000000-0000-0000-0000-000000000000", "not-a-job", "%3Cscript%3E", "x".repeat(2000), "1/2")) {
            Answer answer = rest.get("admin/recalculate/" + id);

            assertEquals(id, 404, answer.status());
            assertEquals(answer.body(), ERROR_FIELDS, fieldNames(answer.json()));
            assertFalse(answer.body(), answer.body().contains("<script>"));
        }
    }

    @Test
    public void aStartNeedsAnEmptyJsonObjectAndFormsOrPlainTextAreRejected() {
        assertEquals(415, rest.post("admin/recalculate", "text/plain", "{}").status());
        assertEquals(
                415,
                rest.post("admin/recalculate", "application/x-www-form-urlencoded", "a=b")
                        .status());
        Answer unknownField = rest.post("admin/recalculate", "application/json", "{\"cycle\":\"2026-Q4\"}");
        assertEquals(400, unknownField.status());
        assertEquals("recalculation.cycle", unknownField.json().get("field").asText());
        Answer empty = rest.post("admin/recalculate", "application/json", "");
        assertEquals(400, empty.status());
        assertEquals("recalculation", empty.json().get("field").asText());
        assertEquals(
                400, rest.post("admin/recalculate", "application/json", "[]").status());
        assertEquals(0, api.executor.queued());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
