package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import org.junit.After;
import org.junit.Test;

/** Weekly digest subscriptions over HTTP: what each user subscribes, sees and removes, and the 400s of bad input. */
public class SubscriptionResourcesTest {
    private static final String OKR_MONDAY =
            "{\"projects\":[\"OKR\"],\"perspectives\":[\"customer\"],\"weekday\":\"MONDAY\",\"hour\":8}";

    private final ApiFixture api = new ApiFixture();

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void aMemberSubscribesAsThemselfAndListsOnlyTheirOwn() {
        api.actAsMember(false);
        Answer created = api.rest.postJson("subscriptions", OKR_MONDAY);
        api.actAsAdministrator();
        api.rest.postJson("subscriptions", "{\"weekday\":\"FRIDAY\",\"hour\":17}");
        api.actAsMember(false);

        JsonNode mine = api.rest.get("subscriptions").json();

        assertEquals(created.body(), 201, created.status());
        JsonNode subscription = created.json();
        assertEquals(Persona.MEMBER.userKey, subscription.get("subscriber").asText());
        assertEquals("Mia Member", subscription.get("subscriberName").asText());
        assertEquals("running", subscription.get("cycle").asText());
        assertEquals("OKR", subscription.get("projects").get(0).asText());
        assertEquals(
                "Customer", subscription.get("perspectives").get(0).get("name").asText());
        assertEquals("MONDAY", subscription.get("weekday").asText());
        assertEquals(8, subscription.get("hour").asInt());
        assertEquals("UTC", subscription.get("timeZone").asText());
        assertEquals(1, mine.size());
        assertEquals(subscription.get("id").asLong(), mine.get(0).get("id").asLong());
    }

    @Test
    public void theAdministratorListsEverybodysSubscriptionsByDisplayName() {
        api.actAsMember(false);
        api.rest.postJson("subscriptions", OKR_MONDAY);
        api.actAsAdministrator();
        api.rest.postJson(
                "subscriptions", "{\"filter\":" + ApiFixture.O1_FILTER + ",\"weekday\":\"FRIDAY\",\"hour\":17}");

        JsonNode all = api.rest.get("admin/subscriptions").json();

        assertEquals(2, all.size());
        assertEquals("Mia Member", all.get(0).get("subscriberName").asText());
        assertEquals("Ada Admin", all.get(1).get("subscriberName").asText());
        assertEquals(ApiFixture.O1_FILTER, all.get(1).get("filter").asLong());
    }

    @Test
    public void aSavedFilterTheSubscriberCannotSeeIsA400NamingFilterAndNothingIsStored() {
        Answer refused = api.rest.postJson("subscriptions", "{\"filter\":777,\"weekday\":\"MONDAY\",\"hour\":8}");

        assertEquals(400, refused.status());
        assertEquals("filter", refused.json().get("field").asText());
        assertEquals(0, api.rest.get("subscriptions").json().size());
    }

    @Test
    public void badInputIsA400NamingTheField() {
        assertRefused("{\"weekday\":\"MONDAY\",\"hour\":24}", "hour");
        assertRefused("{\"weekday\":\"MONDAY\"}", "hour");
        assertRefused("{\"weekday\":\"MONTAG\",\"hour\":8}", "weekday");
        assertRefused("{\"perspectives\":[\"nonsense\"],\"weekday\":\"MONDAY\",\"hour\":8}", "perspectives");
        assertRefused("{\"projects\":[\"okr\"],\"weekday\":\"MONDAY\",\"hour\":8}", "projects");
        assertRefused("{\"projects\":[\"OKR\"],\"filter\":10100,\"weekday\":\"MONDAY\",\"hour\":8}", "filter");
        assertRefused("{\"weekday\":\"MONDAY\",\"hour\":8,\"cycle\":\"2026-Q4\"}", "subscription.cycle");
        assertEquals(0, api.rest.get("subscriptions").json().size());
    }

    @Test
    public void theTwentyFirstSubscriptionIsA400NamingSubscriptions() {
        for (int i = 0; i < 20; i++) {
            assertEquals(201, api.rest.postJson("subscriptions", OKR_MONDAY).status());
        }

        assertRefused(OKR_MONDAY, "subscriptions");
        assertEquals(20, api.rest.get("subscriptions").json().size());
    }

    @Test
    public void aUserRemovesTheirOwnButAnotherUsersAnswersAsIfItDidNotExist() {
        api.actAsMember(false);
        long mine =
                api.rest.postJson("subscriptions", OKR_MONDAY).json().get("id").asLong();
        api.personas.actAs(Persona.OUTSIDER);

        Answer refused = api.rest.delete("subscriptions/" + mine);
        api.actAsMember(false);
        Answer removed = api.rest.delete("subscriptions/" + mine);
        Answer again = api.rest.delete("subscriptions/" + mine);

        assertEquals(404, refused.status());
        assertEquals(204, removed.status());
        assertEquals(404, again.status());
        assertEquals(0, api.rest.get("subscriptions").json().size());
    }

    @Test
    public void anAdministratorRemovesAnybodysSubscription() {
        api.actAsMember(false);
        long members =
                api.rest.postJson("subscriptions", OKR_MONDAY).json().get("id").asLong();
        api.actAsAdministrator();

        assertEquals(204, api.rest.delete("subscriptions/" + members).status());
        assertEquals(0, api.rest.get("admin/subscriptions").json().size());
        assertEquals(
                "id", api.rest.delete("subscriptions/abc").json().get("field").asText());
    }

    private void assertRefused(String body, String field) {
        Answer answer = api.rest.postJson("subscriptions", body);
        assertEquals(body + ": " + answer.body(), 400, answer.status());
        assertEquals(body, field, answer.json().get("field").asText());
    }
}
