package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.sandbox.demo.DemoOrganisation;
import io.okrscorecard.sandbox.demo.ServiceDesk;
import io.okrscorecard.sandbox.server.SandboxHttp.Answer;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The demo's key results measured from Jira in the running sandbox: the resolution time of complaints and the P1
 * incidents have measures, a history of system check-ins by the service account that the value follows, "measure now"
 * runs over the service desk tickets as of the sandbox's clock, and JQL the sandbox does not understand is a 400.
 */
public class SandboxMeasuresTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    private static String keyOf(String summary) {
        for (JsonNode perspective : DEMO.http().api("scorecard", Persona.ADMIN).get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                for (JsonNode kr : objective.get("keyResults")) {
                    if (kr.get("summary").asText().equals(summary)) {
                        return kr.get("key").asText();
                    }
                }
            }
        }
        throw new AssertionError("no key result " + summary);
    }

    @Test
    public void theResolutionTimeIsMeasuredFromComplaintsWithAHistoryOfSystemCheckIns() {
        String key = keyOf(DemoOrganisation.RESOLUTION_TIME_KR);
        JsonNode measure = DEMO.http().api("keyresults/" + key + "/measure", Persona.ADMIN);
        assertEquals(
                "MEDIAN_RESOLUTION_HOURS",
                measure.get("measure").get("aggregate").asText());
        assertEquals(
                ServiceDesk.COMPLAINTS_JQL, measure.get("measure").get("jql").asText());
        assertEquals(
                ServiceDesk.TECHNICAL_USER_NAME,
                measure.get("technicalUserName").asText());
        assertEquals("MEASURED", measure.get("lastRun").get("outcome").asText());

        JsonNode history = DEMO.http().api("keyresults/" + key + "/checkins", Persona.ADMIN);
        assertTrue("weekly measures since the cycle began: " + history, history.size() >= 5);
        List<Double> values = new ArrayList<>();
        for (JsonNode checkIn : history) {
            assertFalse(checkIn.get("measured").isNull());
            assertEquals(
                    ServiceDesk.TECHNICAL_USER_NAME, checkIn.get("authorName").asText());
            assertTrue(checkIn.get("measured").get("issueCount").asInt() > 30);
            values.add(0, checkIn.get("value").asDouble());
        }
        assertTrue("the median comes down over the weeks: " + values, values.get(values.size() - 1) < values.get(0));
        JsonNode metric = DEMO.http().api("keyresults/" + key, Persona.ADMIN).get("metric");
        assertEquals(
                history.get(0).get("value").asDouble(), metric.get("current").asDouble(), 1e-9);
    }

    @Test
    public void measureNowCountsTheP1IncidentsTheServiceAccountMaySee() {
        String key = keyOf(DemoOrganisation.P1_INCIDENTS_KR);
        Answer run = DEMO.http().postJson(SandboxHttp.API + "keyresults/" + key + "/measure/run", Persona.ADMIN, "{}");
        assertEquals(run.body(), 200, run.status());
        JsonNode lastRun = json(run.body()).get("lastRun");
        assertEquals("MEASURED", lastRun.get("outcome").asText());
        int counted = lastRun.get("value").asInt();
        // the demo's tickets are generated from a fixed seed for the sandbox's day
        int all = ServiceDesk.generate(LocalDate.now(DemoSandbox.MID_Q4), ZoneOffset.UTC)
                .find(ServiceDesk.P1_INCIDENTS_JQL, DemoSandbox.MID_Q4.instant(), true)
                .size();
        assertEquals("the restricted P1 incident is not counted", all - 1, counted);
        assertTrue("about three P1 incidents a month by now: " + counted, counted >= 2 && counted <= 5);
    }

    @Test
    public void jqlTheSandboxCannotReadIsA400OnTheJqlField() {
        String key = keyOf(DemoOrganisation.P1_INCIDENTS_KR);
        Answer refused = DEMO.http()
                .putJson(
                        SandboxHttp.API + "keyresults/" + key + "/measure",
                        Persona.ADMIN,
                        "{\"jql\":\"project = HELP ORDER BY created\",\"filterId\":null,\"aggregate\":\"COUNT\","
                                + "\"fieldId\":null}");
        assertEquals(400, refused.status());
        assertEquals("measure.jql", json(refused.body()).get("field").asText());
        assertTrue(refused.body(), refused.body().contains("the sandbox understands"));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
