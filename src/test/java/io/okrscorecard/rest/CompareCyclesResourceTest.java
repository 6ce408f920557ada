package io.okrscorecard.rest;

import static io.okrscorecard.core.KeyResults.milestone;
import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/**
 * {@code GET /scorecard/compare}: the sample OKRs of cycle 2026-Q4 compared with a finished 2026-Q3 that holds
 *
 * <pre>
 * O-7 (customer):  KR-7 WORK  &lt;- A-71, A-72 done, A-73, A-74, A-75 to do   0.4
 * O-8 (financial): KR-8 MILESTONE, done, a summary worth keeping secret    1.0
 * </pre>
 *
 * so Q3 scores customer 0.4, financial 1.0 and the scorecard 0.7; Q4 scores 0.25 in each (see {@link SampleOkrs}).
 */
public class CompareCyclesResourceTest {
    private static final String SECRET = "Quietly close the Springfield plant";
    private static final Cycle Q3 =
            new Cycle(CycleId.of("2026-Q3"), "Q3 2026", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    private static final double EPS = 1e-9;

    private final ApiFixture api = new ApiFixture(jira -> {
        jira.objective(inQ3(objective("O-7").in("customer").with(work("KR-7")).build()))
                .objective(inQ3(objective("O-8")
                        .summary(SECRET)
                        .in("financial")
                        .with(milestone("KR-8", StatusCategory.DONE))
                        .build()));
        jira.put(WorkItems.story("A-71").done().build())
                .put(WorkItems.story("A-72").done().build())
                .put(WorkItems.story("A-73").build())
                .put(WorkItems.story("A-74").inProgress().build())
                .put(WorkItems.story("A-75").build());
        for (String story : List.of("A-71", "A-72", "A-73", "A-74", "A-75")) {
            jira.link(Ids.keyResult("KR-7"), Ids.issue(story));
        }
    });

    public CompareCyclesResourceTest() {
        api.store.settings.saveCycle(Q3);
        api.recalculateOn(LocalDate.of(2026, 11, 16), jira -> {});
    }

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void comparisonShowsBothCyclesValuesAndTheChangeInPercentagePoints() {
        Answer answer = api.rest.get("scorecard/compare?from=2026-Q3&to=2026-Q4");

        assertEquals(answer.body(), 200, answer.status());
        JsonNode json = answer.json();
        assertEquals("2026-Q3", json.get("from").get("id").asText());
        assertEquals("2026-Q4", json.get("to").get("id").asText());
        JsonNode scorecard = json.get("scorecard");
        assertEquals(0.7, scorecard.get("from").get("progress").asDouble(), EPS);
        assertEquals(0.25, scorecard.get("to").get("progress").asDouble(), EPS);
        assertEquals(-45.0, scorecard.get("change").asDouble(), EPS);

        JsonNode customer = perspective(json, "customer");
        assertEquals(0.4, customer.get("from").get("progress").asDouble(), EPS);
        assertEquals(0.25, customer.get("to").get("progress").asDouble(), EPS);
        assertEquals(-15.0, customer.get("change").asDouble(), EPS);
        assertEquals(-75.0, perspective(json, "financial").get("change").asDouble(), EPS);
        JsonNode learning = perspective(json, "learning-growth");
        assertTrue(
                "undefined in both cycles", learning.get("from").get("progress").isNull());
        assertEquals("NO_OBJECTIVES", learning.get("to").get("undefinedReason").asText());
        assertTrue("no change is known, never 0", learning.get("change").isNull());

        assertEquals(
                "the later cycle's in its perspective order, then the earlier one's",
                List.of("O-2", "O-1", "O-8", "O-7"),
                objectiveKeys(json));
        JsonNode o1 = objectiveIn(json, "O-1");
        assertTrue("O-1 is not in Q3: no value there", o1.get("from").isNull());
        assertEquals(0.25, o1.get("to").get("progress").asDouble(), EPS);
        assertTrue(o1.get("change").isNull());
        JsonNode o7 = objectiveIn(json, "O-7");
        assertEquals("customer", o7.get("perspective").asText());
        assertEquals(0.4, o7.get("from").get("progress").asDouble(), EPS);
        assertTrue(o7.get("to").isNull());
        assertEquals(0, json.get("hiddenObjectives").get("from").asInt());
    }

    @Test
    public void eachSideIsWhatTheScorecardOfThatCycleShows() {
        JsonNode compared =
                api.rest.get("scorecard/compare?from=2026-Q3&to=2026-Q4").json();

        for (String side : List.of("from", "to")) {
            String cycle = side.equals("from") ? "2026-Q3" : "2026-Q4";
            JsonNode scorecard = api.rest.get("scorecard?cycle=" + cycle).json();
            assertEquals(
                    scorecard.get("progress"),
                    compared.get("scorecard").get(side).get("progress"));
            assertEquals(
                    scorecard.get("status"), compared.get("scorecard").get(side).get("status"));
            for (JsonNode perspective : scorecard.get("perspectives")) {
                JsonNode value =
                        perspective(compared, perspective.get("key").asText()).get(side);
                assertEquals(perspective.get("progress"), value.get("progress"));
                assertEquals(perspective.get("undefinedReason"), value.get("undefinedReason"));
                for (JsonNode listed : perspective.get("objectives")) {
                    JsonNode objective = objectiveIn(compared, listed.get("key").asText());
                    assertEquals(listed.get("progress"), objective.get(side).get("progress"));
                    assertEquals(listed.get("summary"), objective.get("summary"));
                }
            }
        }
    }

    @Test
    public void aCycleComparedWithItselfHasNoChangeWhereMeasured() {
        Answer answer = api.rest.get("scorecard/compare?from=2026-Q4&to=2026-Q4");

        assertEquals(answer.body(), 200, answer.status());
        JsonNode json = answer.json();
        assertEquals(0.0, json.get("scorecard").get("change").asDouble(), EPS);
        assertEquals(0.0, perspective(json, "customer").get("change").asDouble(), EPS);
        assertTrue(perspective(json, "learning-growth").get("change").isNull());
        assertEquals(List.of("O-2", "O-1"), objectiveKeys(json));
        json.get("objectives")
                .forEach(objective -> assertEquals(0.0, objective.get("change").asDouble(), EPS));
    }

    @Test
    public void theScopeOfTheScorecardNarrowsBothCycles() {
        JsonNode customerOnly = api.rest
                .get("scorecard/compare?from=2026-Q3&to=2026-Q4&perspective=customer")
                .json();
        assertEquals(List.of("customer"), perspectiveKeys(customerOnly));
        assertEquals(List.of("O-1", "O-7"), objectiveKeys(customerOnly));

        JsonNode filtered = api.rest
                .get("scorecard/compare?from=2026-Q3&to=2026-Q4&filter=" + ApiFixture.O1_FILTER)
                .json();
        assertEquals(List.of("O-1"), objectiveKeys(filtered));

        JsonNode otherProject = api.rest
                .get("scorecard/compare?from=2026-Q3&to=2026-Q4&project=NOPE")
                .json();
        assertEquals(List.of(), objectiveKeys(otherProject));
        assertTrue(otherProject.get("scorecard").get("change").isNull());
    }

    @Test
    public void aViewerSeesOnlyTheObjectivesTheyMayBrowseAndCountsTheOthers() {
        api.personas.letMemberBrowse(new IssueId(SampleOkrs.O_1.value()));
        api.personas.letMemberBrowse(Ids.issue("O-7"));
        api.personas.actAs(Persona.MEMBER);

        Answer answer = api.rest.get("scorecard/compare?from=2026-Q3&to=2026-Q4");

        assertEquals(answer.body(), 200, answer.status());
        assertEquals(List.of("O-1", "O-7"), objectiveKeys(answer.json()));
        assertFalse(
                answer.body(), answer.body().contains(SECRET) || answer.body().contains("O-8"));
        assertEquals(1, answer.json().get("hiddenObjectives").get("from").asInt());
        assertEquals(1, answer.json().get("hiddenObjectives").get("to").asInt());
        assertEquals(
                "scores stay those of every objective, as the scorecard shows them",
                -75.0,
                perspective(answer.json(), "financial").get("change").asDouble(),
                EPS);

        api.personas.actAs(Persona.OUTSIDER);
        Answer outsider = api.rest.get("scorecard/compare?from=2026-Q3&to=2026-Q4");
        assertEquals(200, outsider.status());
        assertEquals(List.of(), objectiveKeys(outsider.json()));
        assertEquals(2, outsider.json().get("hiddenObjectives").get("to").asInt());
    }

    @Test
    public void anonymousCallersAreAskedToLogIn() {
        api.personas.actAs(Persona.ANONYMOUS);

        Answer answer = api.rest.get("scorecard/compare?from=2026-Q3&to=2026-Q4");

        assertEquals(answer.body(), 401, answer.status());
        assertFalse(answer.body(), answer.body().contains("O-7"));
    }

    @Test
    public void missingOrInvalidCyclesAreRejectedAtTheirField() {
        assertRejected("scorecard/compare?to=2026-Q4", "from");
        assertRejected("scorecard/compare?from=&to=2026-Q4", "from");
        assertRejected("scorecard/compare?from=2026-Q3", "to");
        assertRejected("scorecard/compare?from=2026-Q3&to=no%20such%20id!", "to");
        assertRejected("scorecard/compare?from=2026-Q3&to=2026-Q4&project=lower", "project");
        assertRejected("scorecard/compare?from=2026-Q3&to=2026-Q4&filter=abc", "filter");
    }

    @Test
    public void anUnknownCycleIsNotFound() {
        Answer answer = api.rest.get("scorecard/compare?from=2025-Q1&to=2026-Q4");

        assertEquals(answer.body(), 404, answer.status());
        assertTrue(answer.body(), answer.json().get("message").asText().contains("2025-Q1"));
    }

    private void assertRejected(String path, String field) {
        Answer answer = api.rest.get(path);
        assertEquals(path + ": " + answer.body(), 400, answer.status());
        assertEquals(path, field, answer.json().get("field").asText());
    }

    private static Objective inQ3(Objective objective) {
        return new Objective(
                objective.id(),
                objective.key(),
                objective.summary(),
                objective.perspective(),
                Q3.id(),
                objective.weight(),
                objective.owner(),
                objective.supports(),
                objective.drives(),
                objective.keyResults());
    }

    private static JsonNode perspective(JsonNode comparison, String key) {
        for (JsonNode perspective : comparison.get("perspectives")) {
            if (perspective.get("key").asText().equals(key)) {
                return perspective;
            }
        }
        throw new AssertionError("no perspective " + key + " in " + comparison);
    }

    private static JsonNode objectiveIn(JsonNode comparison, String key) {
        for (JsonNode objective : comparison.get("objectives")) {
            if (objective.get("key").asText().equals(key)) {
                return objective;
            }
        }
        throw new AssertionError("no objective " + key + " in " + comparison);
    }

    private static List<String> objectiveKeys(JsonNode comparison) {
        List<String> keys = new ArrayList<>();
        comparison
                .get("objectives")
                .forEach(objective -> keys.add(objective.get("key").asText()));
        return keys;
    }

    private static List<String> perspectiveKeys(JsonNode comparison) {
        List<String> keys = new ArrayList<>();
        comparison
                .get("perspectives")
                .forEach(perspective -> keys.add(perspective.get("key").asText()));
        return keys;
    }
}
