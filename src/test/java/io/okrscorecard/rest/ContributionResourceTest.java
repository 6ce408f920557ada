package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.port.OkrIssueEditor.Edit;
import io.okrscorecard.core.port.OkrIssueEditor.Refusal;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/**
 * The issue panel's endpoints over the sample OKRs (KR-1 &lt;- E-1 {S-1, S-2, S-3}, S-4; KR-3 &lt;- S-4, S-5): linking and
 * unlinking as the caller, what Jira's refusal becomes, bad input, and the picker.
 */
public class ContributionResourceTest {
    private final ApiFixture api =
            new ApiFixture(jira -> jira.put(WorkItems.story("S-8").build()));

    @After
    public void close() {
        api.close();
    }

    private static String linkBody(String keyResult) {
        return "{\"keyResult\":\"" + keyResult + "\"}";
    }

    @Test
    public void linkingAStoryListsItAndMovesTheKeyResultsStoredProgress() {
        assertEquals(
                0,
                api.rest
                        .get("issues/S-8/contributions")
                        .json()
                        .get("contributions")
                        .size());
        double before = keyResultProgress("KR-1");

        RestServer.Answer linked = api.rest.postJson("issues/S-8/contributions", linkBody("KR-1"));

        assertEquals(linked.body(), 200, linked.status());
        JsonNode line = linked.json().get("contributions").get(0);
        assertEquals("KR-1", line.get("keyResult").asText());
        assertEquals("COUNTED", line.get("way").asText());
        assertTrue(line.get("linked").asBoolean());
        // KR-1 counted 2 of 4 done; S-8 to do makes it 2 of 5
        assertEquals(0.5, before, 1e-9);
        assertEquals(0.4, line.get("progress").asDouble(), 1e-9);
    }

    @Test
    public void linkingTwiceMakesOneLinkAndUnlinkingTakesItAway() {
        api.rest.postJson("issues/S-8/contributions", linkBody("KR-1"));
        api.rest.postJson("issues/S-8/contributions", linkBody("KR-1"));
        assertEquals(List.of("link " + Ids.of("S-8") + " " + Ids.of("KR-1")), api.contributionLinks.changes);

        RestServer.Answer unlinked = api.rest.delete("issues/S-8/contributions/KR-1");

        assertEquals(200, unlinked.status());
        assertEquals(0, unlinked.json().get("contributions").size());
        assertEquals(0.5, keyResultProgress("KR-1"), 1e-9);
    }

    @Test
    public void jirasRefusalIsA403WithJirasMessageAndNothingIsLinked() {
        api.contributionLinks.refusals.put(
                Ids.of("S-8"), Edit.refused(Refusal.NO_PERMISSION, List.of("You do not have permission to link")));

        RestServer.Answer refused = api.rest.postJson("issues/S-8/contributions", linkBody("KR-1"));

        assertEquals(403, refused.status());
        assertEquals(
                "You do not have permission to link",
                refused.json().get("message").asText());
        assertEquals(List.of(), api.contributionLinks.changes);
    }

    @Test
    public void aTargetThatIsNoKeyResultIsA400NamingKeyResult() {
        RestServer.Answer notKeyResult = api.rest.postJson("issues/S-8/contributions", linkBody("S-5"));
        assertEquals(400, notKeyResult.status());
        assertEquals("keyResult", notKeyResult.json().get("field").asText());

        RestServer.Answer malformed = api.rest.postJson("issues/S-8/contributions", linkBody("not a key"));
        assertEquals(400, malformed.status());
        assertEquals("keyResult", malformed.json().get("field").asText());

        RestServer.Answer missing = api.rest.postJson("issues/S-8/contributions", "{}");
        assertEquals(400, missing.status());
        assertEquals("keyResult", missing.json().get("field").asText());
        assertEquals(List.of(), api.contributionLinks.changes);
    }

    @Test
    public void anUnknownFieldInTheBodyIsA400() {
        RestServer.Answer answer = api.rest.postJson("issues/S-8/contributions", "{\"keyResult\":\"KR-1\",\"x\":1}");
        assertEquals(400, answer.status());
        assertEquals(List.of(), api.contributionLinks.changes);
    }

    @Test
    public void aKeyResultTheCallerMayNotBrowseIsA404() {
        api.actAsMember(true, "S-1", "KR-1");

        RestServer.Answer answer = api.rest.postJson("issues/S-1/contributions", linkBody("KR-3"));

        assertEquals(404, answer.status());
        assertEquals(List.of(), api.contributionLinks.changes);
    }

    @Test
    public void thePickerFindsKeyResultsByKeyOrSummaryIgnoringCaseTheKeyItselfFirst() {
        JsonNode found = api.rest.get("keyresults/picker?q=kr-3").json();
        assertEquals("KR-3", found.get(0).get("key").asText());
        assertEquals(1, found.size());
        assertEquals(4, api.rest.get("keyresults/picker?q=").json().size());
        assertEquals(
                0, api.rest.get("keyresults/picker?q=nothing-like-this").json().size());
    }

    @Test
    public void thePickerListsOnlyKeyResultsTheCallerMayBrowse() {
        api.actAsMember(false, "O-1", "KR-1");
        JsonNode found = api.rest.get("keyresults/picker?q=KR").json();
        assertEquals(1, found.size());
        assertEquals("KR-1", found.get(0).get("key").asText());
    }

    @Test
    public void aSearchTextOver200CharactersIsA400NamingQ() {
        RestServer.Answer answer = api.rest.get("keyresults/picker?q=" + "a".repeat(201));
        assertEquals(400, answer.status());
        assertEquals("q", answer.json().get("field").asText());
    }

    private double keyResultProgress(String key) {
        return api.rest.get("keyresults/" + key).json().get("progress").asDouble();
    }
}
