package io.okrscorecard.rest;

import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.Objectives;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import java.time.Instant;
import org.junit.After;
import org.junit.Test;

/**
 * People in the API's answers: every owner and check-in author keeps the user key ({@code owner}, {@code author}: on
 * Jira 8 and later often {@code JIRAUSER10100}, for links) and adds the display name to show ({@code ownerName},
 * {@code authorName}); the CSV shows the display name only.
 */
public class PeopleInAnswersTest {
    /** O-3's owner: a display name a spreadsheet would run as a formula, with a comma and quotes. */
    private static final Person SPREADSHEET_OWNER = new Person("JIRAUSER10205", "=Eve \"E\", Lee");

    private final ApiFixture api = new ApiFixture(jira -> jira.objective(objective("O-3")
                    .in("learning-growth")
                    .ownedBy(SPREADSHEET_OWNER)
                    .with(work("KR-5"))
                    .build())
            .objective(objective("O-4").in("learning-growth").ownedBy(null).build()));
    private final RestServer rest = api.rest;

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void theScorecardGivesEachOwnersKeyAndDisplayName() {
        JsonNode scorecard = rest.get("scorecard?cycle=2026-Q4").json();

        JsonNode o1 = objectiveIn(scorecard, "customer", "O-1");
        assertEquals(Objectives.OWNER.key(), o1.get("owner").asText());
        assertEquals(Objectives.OWNER.displayName(), o1.get("ownerName").asText());
        JsonNode o3 = objectiveIn(scorecard, "learning-growth", "O-3");
        assertEquals(SPREADSHEET_OWNER.displayName(), o3.get("ownerName").asText());
    }

    @Test
    public void anObjectiveWithoutOwnerHasNeitherKeyNorName() {
        JsonNode o4 = objectiveIn(rest.get("scorecard?cycle=2026-Q4").json(), "learning-growth", "O-4");

        assertTrue(o4.get("owner").isNull());
        assertTrue(o4.get("ownerName").isNull());
        JsonNode detail = rest.get("objectives/O-4").json();
        assertTrue(detail.get("owner").isNull());
        assertTrue(detail.get("ownerName").isNull());
    }

    @Test
    public void anObjectiveGivesItsOwnersKeyAndDisplayName() {
        JsonNode o1 = rest.get("objectives/O-1").json();

        assertEquals(Objectives.OWNER.key(), o1.get("owner").asText());
        assertEquals(Objectives.OWNER.displayName(), o1.get("ownerName").asText());
    }

    @Test
    public void theCsvNamesOwnersByDisplayNameNeverByKeyAndNeutralisesTheName() {
        String csv = rest.get("scorecard.csv?cycle=2026-Q4").body();

        assertTrue(csv, csv.startsWith("Cycle,Perspective,Perspective progress %,Objective,Objective summary,Owner,"));
        assertTrue(csv, csv.contains(",O-1,O-1,Olivia Owner,"));
        assertTrue(csv, csv.contains(",O-3,O-3,\"'=Eve \"\"E\"\", Lee\","));
        assertTrue(csv, csv.contains(",O-4,O-4,,"));
        assertFalse(csv, csv.contains("JIRAUSER"));
    }

    @Test
    public void aCheckInGivesItsAuthorsKeyAndDisplayName() {
        Answer recorded = rest.postJson("keyresults/KR-2/checkins", "{\"value\":12,\"confidence\":\"ON_TRACK\"}");

        assertEquals(recorded.body(), 201, recorded.status());
        assertEquals(Persona.ADMIN.userKey, recorded.json().get("author").asText());
        assertEquals(
                Persona.ADMIN.displayName, recorded.json().get("authorName").asText());
        JsonNode history = rest.get("keyresults/KR-2/checkins").json();
        assertEquals(Persona.ADMIN.userKey, history.get(0).get("author").asText());
        assertEquals(Persona.ADMIN.displayName, history.get(0).get("authorName").asText());
    }

    @Test
    public void aCheckInShowsItsAuthorsCurrentNameAndTheKeyOfAUserJiraNoLongerKnows() {
        api.store.checkIns.append(
                SampleOkrs.KR_2,
                new CheckIn(11.0, Confidence.AT_RISK, "", "JIRAUSER10999", Instant.parse("2026-11-02T09:00:00Z")));
        rest.postJson("keyresults/KR-2/checkins", "{\"value\":12,\"confidence\":\"ON_TRACK\"}");
        api.renameAdministrator("Ada Lovelace");

        JsonNode history = rest.get("keyresults/KR-2/checkins").json();

        assertEquals("Ada Lovelace", history.get(0).get("authorName").asText());
        assertEquals("JIRAUSER10999", history.get(1).get("author").asText());
        assertEquals(
                "deleted: shown by the key, never blank",
                "JIRAUSER10999",
                history.get(1).get("authorName").asText());
    }

    private static JsonNode objectiveIn(JsonNode scorecard, String perspective, String key) {
        for (JsonNode view : scorecard.get("perspectives")) {
            if (view.get("key").asText().equals(perspective)) {
                for (JsonNode objective : view.get("objectives")) {
                    if (objective.get("key").asText().equals(key)) {
                        return objective;
                    }
                }
            }
        }
        throw new AssertionError(key + " is not under " + perspective + " in " + scorecard);
    }
}
