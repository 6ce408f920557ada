package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/** A gadget scoped to a saved filter ({@code filter=<id>}) reads only the objectives that filter finds. */
public class SavedFilterScopeTest {
    private final ApiFixture api = new ApiFixture();

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void scorecardWithAFilterListsOnlyTheObjectivesTheFilterFinds() {
        api.personas.actAs(Persona.ADMIN);
        List<String> all = objectiveKeys(api.rest.get("scorecard").json());
        assertTrue(all.toString(), all.contains("O-1") && all.contains("O-2"));

        Answer filtered = api.rest.get("scorecard?filter=" + ApiFixture.O1_FILTER);

        assertEquals(filtered.body(), 200, filtered.status());
        assertEquals(List.of("O-1"), objectiveKeys(filtered.json()));
        Answer map = api.rest.get("strategy-map?filter=" + ApiFixture.O1_FILTER);
        assertEquals(map.body(), 200, map.status());
        assertTrue(map.body(), map.body().contains("\"O-1\"") && !map.body().contains("\"O-2\""));
    }

    @Test
    public void aFilterTheViewerCannotSeeIsNotFound() {
        api.personas.actAs(Persona.ADMIN);

        Answer unknown = api.rest.get("scorecard?filter=999");

        assertEquals(404, unknown.status());
        assertTrue(unknown.body(), unknown.json().get("message").asText().contains("no saved filter 999"));
    }

    @Test
    public void aFilterThatIsNotAnIdIsRejectedAtItsField() {
        api.personas.actAs(Persona.ADMIN);

        for (String bad : List.of("abc", "-5", "0")) {
            Answer answer = api.rest.get("scorecard?filter=" + bad);
            assertEquals(bad + ": " + answer.body(), 400, answer.status());
            assertEquals("filter", answer.json().get("field").asText());
        }
    }

    private static List<String> objectiveKeys(JsonNode scorecard) {
        List<String> keys = new ArrayList<>();
        scorecard.get("perspectives").forEach(perspective -> perspective
                .get("objectives")
                .forEach(objective -> keys.add(objective.get("key").asText())));
        scorecard
                .get("unassigned")
                .forEach(objective -> keys.add(objective.get("key").asText()));
        return keys;
    }
}
