package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.rest.RestServer.Answer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;

/**
 * Key results measured from Jira through the REST API over the real store: bad input is a 400 naming the field with
 * nothing written, every evaluation is stored (a value as a system check-in that drives the key result's number and
 * history; a failure or an undefined value with its reason, the last good value kept), closed cycles are never
 * measured, and manual values are refused while a measure is set.
 */
public class MeasureResourceTest {
    private static final String KR2 = "keyresults/KR-2/";
    private static final String COMPLAINTS_MEDIAN = "{\"jql\":\"" + ApiFixture.COMPLAINTS
            + "\",\"filterId\":null,\"aggregate\":\"MEDIAN_RESOLUTION_HOURS\",\"fieldId\":null}";

    private final ApiFixture api = new ApiFixture();

    @After
    public void stop() {
        api.close();
    }

    private void chooseTechnicalUser() {
        Answer chosen = api.rest.putJson("admin/measure-settings", "{\"technicalUser\":\"svc-okr\"}");
        assertEquals(chosen.body(), 200, chosen.status());
    }

    private static String measure(String jql, Long filterId, String aggregate, String fieldId) {
        return "{\"jql\":" + (jql == null ? "null" : "\"" + jql.replace("\"", "\\\"") + "\"") + ",\"filterId\":"
                + filterId + ",\"aggregate\":" + (aggregate == null ? "null" : "\"" + aggregate + "\"")
                + ",\"fieldId\":" + (fieldId == null ? "null" : "\"" + fieldId + "\"") + "}";
    }

    private void assertRefused(String path, String body, String field) {
        Map<String, List<String>> before = api.store.contents();
        Answer answer = api.rest.putJson(path, body);
        assertEquals(answer.body(), 400, answer.status());
        assertEquals(answer.body(), field, answer.json().get("field").asText());
        assertEquals("nothing was written", before, api.store.contents());
    }

    @Test
    public void badMeasuresAre400sNamingTheFieldAndWriteNothing() {
        chooseTechnicalUser();
        String jql = ApiFixture.COMPLAINTS;
        assertRefused(KR2 + "measure", measure(jql, null, "SUM", "customfield_99999"), "measure.fieldId");
        assertRefused(KR2 + "measure", measure(jql, null, "SUM", "customfield_10400"), "measure.fieldId");
        assertRefused(KR2 + "measure", measure(jql, null, "AVERAGE", null), "measure.fieldId");
        assertRefused(KR2 + "measure", measure("x".repeat(4001), null, "COUNT", null), "measure.jql");
        assertRefused(KR2 + "measure", measure("project = SUP AND nonsense = 1", null, "COUNT", null), "measure.jql");
        assertRefused(KR2 + "measure", measure(null, 777L, "COUNT", null), "measure.filterId");
        assertRefused(KR2 + "measure", measure(jql, null, "MODE", null), "measure.aggregate");
        assertRefused(KR2 + "measure", "{\"jql\":\"x\",\"extra\":1}", "measure.extra");
        assertRefused("keyresults/KR-1/measure", measure(jql, null, "COUNT", null), "measure.keyResult");
        Answer technicalUser = api.rest.putJson("admin/measure-settings", "{\"technicalUser\":\"nobody-here\"}");
        assertEquals(400, technicalUser.status());
        assertEquals("technicalUser", technicalUser.json().get("field").asText());
    }

    @Test
    public void aMeasuredValueIsASystemCheckInThatDrivesTheKeyResultAndItsHistory() {
        chooseTechnicalUser();
        assertEquals(200, api.rest.putJson(KR2 + "measure", COMPLAINTS_MEDIAN).status());

        Answer run = api.rest.postJson(KR2 + "measure/run", "{}");
        assertEquals(run.body(), 200, run.status());
        JsonNode lastRun = run.json().get("lastRun");
        assertEquals("MEASURED", lastRun.get("outcome").asText());
        assertEquals("median of 8, 15 and 40 h", 15.0, lastRun.get("value").asDouble(), 1e-9);
        assertEquals(
                "the open complaint was found, not measured",
                4,
                lastRun.get("issueCount").asInt());

        JsonNode metric = api.rest.get("keyresults/KR-2").json().get("metric");
        assertEquals(15.0, metric.get("current").asDouble(), 1e-9);
        assertTrue(metric.get("fromCheckIn").asBoolean());
        assertEquals("(15 - 10) / (20 - 10)", 0.5, metric.get("attainment").asDouble(), 1e-9);

        JsonNode history = api.rest.get(KR2 + "checkins").json();
        assertEquals(1, history.size());
        assertEquals("svc-okr", history.get(0).get("author").asText());
        assertEquals(
                ApiFixture.COMPLAINTS,
                history.get(0).get("measured").get("query").asText());
        assertEquals(4, history.get(0).get("measured").get("issueCount").asInt());
    }

    @Test
    public void aJqlErrorIsStoredAndShownAndTheLastGoodValueStaysWithItsDate() {
        chooseTechnicalUser();
        api.rest.putJson(KR2 + "measure", COMPLAINTS_MEDIAN);
        api.rest.postJson(KR2 + "measure/run", "{}");
        api.measuresJira.failing(
                ApiFixture.COMPLAINTS,
                "Error in the JQL Query: The field 'Severity' does not exist or you do not have permission to view it.");

        JsonNode answer = api.rest.postJson(KR2 + "measure/run", "{}").json();
        assertEquals("FAILED", answer.get("lastRun").get("outcome").asText());
        assertTrue(answer.get("lastRun").get("message").asText().contains("'Severity' does not exist"));
        assertEquals(15.0, answer.get("lastMeasured").get("value").asDouble(), 1e-9);
        assertEquals(
                "2026-11-16T00:00:00Z", answer.get("lastMeasured").get("at").asText());
        assertEquals(
                "a failure is never a value",
                1,
                api.rest.get(KR2 + "checkins").json().size());
        JsonNode read = api.rest.get(KR2 + "measure").json();
        assertEquals("FAILED", read.get("lastRun").get("outcome").asText());
    }

    @Test
    public void withoutATechnicalUserTheMeasureIsNotRunAndTheKeyResultSaysWhy() {
        api.rest.putJson(KR2 + "measure", COMPLAINTS_MEDIAN);
        JsonNode answer = api.rest.postJson(KR2 + "measure/run", "{}").json();
        assertEquals("FAILED", answer.get("lastRun").get("outcome").asText());
        assertTrue(answer.get("lastRun").get("message").asText().startsWith("no technical user is configured"));
        assertEquals(0, api.measuresJira.searches.get());
        assertTrue(answer.get("technicalUser").isNull());
    }

    @Test
    public void noResolvedIssuesIsUndefinedNotZeroAndWritesNoCheckIn() {
        chooseTechnicalUser();
        api.measuresJira.jql("project = SUP AND resolution is EMPTY", new MeasuredIssue(Instant.EPOCH, null, null));
        api.rest.putJson(
                KR2 + "measure",
                measure("project = SUP AND resolution is EMPTY", null, "AVERAGE_RESOLUTION_HOURS", null));
        JsonNode run = api.rest.postJson(KR2 + "measure/run", "{}").json().get("lastRun");
        assertEquals("UNDEFINED", run.get("outcome").asText());
        assertTrue(run.get("value").isNull());
        assertEquals("no resolved issues", run.get("message").asText());
        assertEquals(0, api.rest.get(KR2 + "checkins").json().size());
    }

    @Test
    public void aTicketTheTechnicalUserCannotSeeIsNotCounted() {
        chooseTechnicalUser();
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        api.measuresJira.restricted(
                ApiFixture.COMPLAINTS, new MeasuredIssue(created, created.plusSeconds(3600), null), "JIRAUSER10000");
        api.rest.putJson(KR2 + "measure", measure(ApiFixture.COMPLAINTS, null, "COUNT", null));
        JsonNode run = api.rest.postJson(KR2 + "measure/run", "{}").json().get("lastRun");
        assertEquals(
                "the technical user sees 4 of the 5 complaints",
                4.0,
                run.get("value").asDouble(),
                0.0);
    }

    @Test
    public void manualValuesAreRefusedWhileAMeasureIsSetButConfidencesAreTaken() {
        chooseTechnicalUser();
        api.rest.putJson(KR2 + "measure", COMPLAINTS_MEDIAN);
        Answer value =
                api.rest.postJson(KR2 + "checkins", "{\"value\":12,\"confidence\":\"ON_TRACK\",\"comment\":\"\"}");
        assertEquals(400, value.status());
        assertEquals("checkIn.value", value.json().get("field").asText());
        Answer confidence =
                api.rest.postJson(KR2 + "checkins", "{\"value\":null,\"confidence\":\"AT_RISK\",\"comment\":\"slow\"}");
        assertEquals(confidence.body(), 201, confidence.status());

        assertEquals(204, api.rest.send("DELETE", KR2 + "measure", null, null).status());
        Answer afterRemoval =
                api.rest.postJson(KR2 + "checkins", "{\"value\":12,\"confidence\":\"ON_TRACK\",\"comment\":\"\"}");
        assertEquals(afterRemoval.body(), 201, afterRemoval.status());
    }

    @Test
    public void theSystemCheckInKeepsTheOwnersLatestConfidence() {
        chooseTechnicalUser();
        api.rest.postJson(KR2 + "checkins", "{\"value\":null,\"confidence\":\"OFF_TRACK\",\"comment\":\"\"}");
        api.rest.putJson(KR2 + "measure", COMPLAINTS_MEDIAN);
        api.rest.postJson(KR2 + "measure/run", "{}");
        JsonNode latest = api.rest.get(KR2 + "checkins").json().get(0);
        assertFalse(latest.get("measured").isNull());
        assertEquals("OFF_TRACK", latest.get("confidence").asText());
    }

    @Test
    public void aClosedCycleIsNeverMeasured() {
        chooseTechnicalUser();
        api.rest.putJson(KR2 + "measure", COMPLAINTS_MEDIAN);
        api.store.settings.saveCycle(
                new Cycle(CycleId.of("2026-Q4"), "Q4 2026", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15)));
        Answer closed = api.rest.postJson("cycles/2026-Q4/close", "{\"reason\":\"quarter review done\"}");
        assertEquals(closed.body(), 200, closed.status());

        Answer run = api.rest.postJson(KR2 + "measure/run", "{}");
        assertEquals(run.body(), 409, run.status());
        assertEquals(409, api.rest.putJson(KR2 + "measure", COMPLAINTS_MEDIAN).status());
        assertEquals(0, api.measuresJira.searches.get());
        assertTrue(api.store.measures.lastRun(SampleOkrs.KR_2).isEmpty());
    }

    @Test
    public void onlyEditorsConfigureOrRunAMeasureAndBrowsersReadIt() {
        chooseTechnicalUser();
        api.rest.putJson(KR2 + "measure", COMPLAINTS_MEDIAN);
        api.actAsMember(false, "KR-2", "O-1");
        JsonNode read = api.rest.get(KR2 + "measure").json();
        assertFalse(read.get("canEdit").asBoolean());
        assertEquals(403, api.rest.postJson(KR2 + "measure/run", "{}").status());
        assertEquals(403, api.rest.putJson(KR2 + "measure", COMPLAINTS_MEDIAN).status());
        assertEquals(403, api.rest.send("DELETE", KR2 + "measure", null, null).status());
        assertEquals(
                "the refusals left the measure",
                ApiFixture.COMPLAINTS,
                read.get("measure").get("jql").asText());
    }
}
