package io.okrscorecard.rest;

import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.After;
import org.junit.Test;

/**
 * What the dashboard gadget reads beyond the scorecard itself: the cycles for its settings (any logged-in user), and a
 * scope of several projects ({@code project} repeated) on the scorecard, the strategy map and the CSV.
 */
public class GadgetReadEndpointsTest {
    private final ApiFixture api = new ApiFixture(jira -> jira.objective(objective("OKR-7")
                    .summary("Open a second market")
                    .in("customer")
                    .with(work("KR-70"))
                    .build())
            .objective(objective("DEV-3")
                    .summary("Halve the build time")
                    .in("internal-processes")
                    .drives("OKR-7")
                    .with(work("KR-71"))
                    .build()));

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void anyLoggedInViewerListsTheCyclesByStartDay() {
        api.store.settings.saveCycle(
                new Cycle(CycleId.of("2027-Q1"), "Q1 2027", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        api.store.settings.saveCycle(
                new Cycle(CycleId.of("2026-Q3"), "Q3 2026", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));

        for (Persona persona : List.of(Persona.OUTSIDER, Persona.MEMBER, Persona.ADMIN)) {
            api.personas.actAs(persona);
            Answer cycles = api.rest.get("cycles");
            assertEquals(persona + ": " + cycles.body(), 200, cycles.status());
            List<String> ids = new ArrayList<>();
            cycles.json().forEach(cycle -> ids.add(cycle.get("id").asText()));
            assertEquals(List.of("2026-Q3", "2026-Q4", "2027-Q1"), ids);
            assertEquals("Q1 2027", cycles.json().get(2).get("name").asText());
            assertEquals("2027-01-01", cycles.json().get(2).get("start").asText());
            assertEquals("2027-03-31", cycles.json().get(2).get("end").asText());
        }
        api.personas.actAs(Persona.ANONYMOUS);
        assertEquals(401, api.rest.get("cycles").status());
    }

    @Test
    public void aRepeatedProjectScopesTheScorecardToTheObjectivesOfEitherProject() {
        assertEquals(
                List.of("DEV-3", "O-1", "O-2", "OKR-7"),
                objectiveKeys(api.rest.get("scorecard").json()));
        assertEquals(
                List.of("OKR-7"),
                objectiveKeys(api.rest.get("scorecard?project=OKR").json()));
        assertEquals(
                List.of("DEV-3", "OKR-7"),
                objectiveKeys(api.rest.get("scorecard?project=OKR&project=DEV").json()));
        assertEquals(
                "a project named twice counts once",
                List.of("O-1", "O-2"),
                objectiveKeys(api.rest.get("scorecard?project=O&project=O").json()));
        assertEquals(
                "a key is a whole project key, not a prefix",
                List.of(),
                objectiveKeys(api.rest.get("scorecard?project=OK").json()));
    }

    @Test
    public void theStrategyMapAndTheCsvTakeSeveralProjectsToo() {
        JsonNode map = api.rest.get("strategy-map?project=OKR&project=DEV").json();
        List<String> nodes = new ArrayList<>();
        map.get("lanes").forEach(lane -> lane.get("objectives")
                .forEach(node -> nodes.add(node.get("key").asText())));
        assertEquals(List.of("OKR-7", "DEV-3"), nodes);
        assertEquals(1, map.get("edges").size());
        assertEquals("DEV-3", map.at("/edges/0/cause").asText());

        String csv = api.rest.get("scorecard.csv?project=OKR&project=DEV").body();
        assertTrue(csv, csv.contains(",OKR-7,") && csv.contains(",DEV-3,"));
        assertFalse(csv, csv.contains(",O-1,"));
    }

    @Test
    public void aMalformedOrTooLongProjectListIsRefusedNamingTheParameter() {
        Answer lower = api.rest.get("scorecard?project=OKR&project=dev");
        assertEquals(400, lower.status());
        assertEquals("project", lower.json().get("field").asText());
        assertTrue(lower.json().get("message").asText().contains("'dev'"));

        StringBuilder many = new StringBuilder("scorecard?");
        for (int i = 0; i < 101; i++) {
            many.append("project=P").append(i).append('&');
        }
        Answer tooMany = api.rest.get(many.toString());
        assertEquals(400, tooMany.status());
        assertEquals("project", tooMany.json().get("field").asText());
    }

    private static List<String> objectiveKeys(JsonNode scorecard) {
        TreeSet<String> keys = new TreeSet<>();
        scorecard.get("perspectives").forEach(perspective -> perspective
                .get("objectives")
                .forEach(objective -> keys.add(objective.get("key").asText())));
        scorecard
                .get("unassigned")
                .forEach(objective -> keys.add(objective.get("key").asText()));
        return new ArrayList<>(keys);
    }
}
