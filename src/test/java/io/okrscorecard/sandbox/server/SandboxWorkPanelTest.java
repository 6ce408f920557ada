package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.sandbox.server.SandboxHttp.Answer;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The work item's panel in the sandbox's demo at mid 2026-Q4: a link of the export removed from the panel and made
 * again leaves the key result's stored progress as it was, each change recalculated at once; the sandbox's stand-in for
 * Jira's link service refuses a user who may not edit, with its message, and changes nothing.
 */
public class SandboxWorkPanelTest {

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @Test
    public void anExportedLinkRemovedAndMadeAgainLeavesTheKeyResultAsItWas() {
        String[] found = directlyLinkedIssue();
        String issue = found[0];
        String keyResult = found[1];
        double before = progressOf(keyResult);

        Answer unlinked =
                DEMO.http().delete(SandboxHttp.API + "issues/" + issue + "/contributions/" + keyResult, Persona.ADMIN);
        assertEquals(unlinked.body(), 200, unlinked.status());
        assertFalse(unlinked.body(), keyResults(unlinked.json()).contains("\"" + keyResult + "\""));
        assertStoredProgressFollowedTheWork(keyResult, progressOf(keyResult));

        Answer linked = DEMO.http()
                .postJson(
                        SandboxHttp.API + "issues/" + issue + "/contributions",
                        Persona.ADMIN,
                        "{\"keyResult\":\"" + keyResult + "\"}");
        assertEquals(linked.body(), 200, linked.status());
        assertTrue(linked.body(), keyResults(linked.json()).contains("\"" + keyResult + "\""));
        assertEquals(before, progressOf(keyResult), 1e-9);
    }

    /** The stored row (the scorecard's) equals the number computed afresh from the work as it is now. */
    private static void assertStoredProgressFollowedTheWork(String keyResult, double stored) {
        JsonNode fresh =
                DEMO.http().api("keyresults/" + keyResult, Persona.ADMIN).get("progress");
        assertEquals(fresh.isNull() ? Double.NaN : fresh.asDouble(), stored, 1e-9);
    }

    @Test
    public void aUserWhoMayNotEditIsRefusedWithTheLinkServicesMessageAndNothingChanges() {
        String[] found = directlyLinkedIssue();
        String issue = found[0];
        String keyResult = found[1];

        Answer refused =
                DEMO.http().delete(SandboxHttp.API + "issues/" + issue + "/contributions/" + keyResult, Persona.VIEWER);

        assertEquals(refused.body(), 403, refused.status());
        assertTrue(refused.body(), refused.json().get("message").asText().contains("permission"));
        assertTrue(keyResults(DEMO.http().api("issues/" + issue + "/contributions", Persona.ADMIN))
                .contains("\"" + keyResult + "\""));
    }

    /** A story of the demo linked directly to a WORK key result whose stored progress is defined. */
    private static String[] directlyLinkedIssue() {
        JsonNode scorecard = DEMO.http().api("scorecard", Persona.ADMIN);
        for (JsonNode perspective : scorecard.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                for (JsonNode kr : objective.get("keyResults")) {
                    if (!"WORK".equals(kr.get("kind").asText())
                            || kr.get("progress").isNull()) {
                        continue;
                    }
                    String key = kr.get("key").asText();
                    for (JsonNode item : DEMO.http()
                            .api("keyresults/" + key + "/work?max=1000", Persona.ADMIN)
                            .get("items")) {
                        String issue = item.get("key").asText();
                        for (JsonNode line : DEMO.http()
                                .api("issues/" + issue + "/contributions", Persona.ADMIN)
                                .get("contributions")) {
                            if (line.get("keyResult").asText().equals(key)
                                    && line.get("linked").asBoolean()
                                    && item.get("statusCategory").asText().equals("done")) {
                                return new String[] {issue, key};
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError("the demo links no done issue directly to a WORK key result");
    }

    private static double progressOf(String keyResult) {
        JsonNode scorecard = DEMO.http().api("scorecard", Persona.ADMIN);
        for (JsonNode perspective : scorecard.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                for (JsonNode kr : objective.get("keyResults")) {
                    if (kr.get("key").asText().equals(keyResult)) {
                        return kr.get("progress").isNull()
                                ? Double.NaN
                                : kr.get("progress").asDouble();
                    }
                }
            }
        }
        throw new AssertionError("no key result " + keyResult);
    }

    private static String keyResults(JsonNode contributions) {
        StringBuilder keys = new StringBuilder();
        contributions.get("contributions").forEach(line -> keys.append('"')
                .append(line.get("keyResult").asText())
                .append('"'));
        return keys.toString();
    }
}
