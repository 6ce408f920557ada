package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.app.Administrators;
import io.okrscorecard.app.ConfiguringScorecard;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.core.Objectives;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import io.okrscorecard.store.H2Store;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AdminConfigurationResourceTest {
    private static final String DEFAULT_PERSPECTIVES_JSON = "["
            + perspective("financial", "Financial", "#0052CC")
            + "," + perspective("customer", "Customer", "#36B37E")
            + "," + perspective("internal-processes", "Internal Processes", "#FFAB00")
            + "," + perspective("learning-growth", "Learning & Growth", "#6554C0")
            + "]";
    private static final String SETTINGS_JSON = "{\"rollupPolicy\":\"STORY_POINTS\",\"inProgressCredit\":0.5,"
            + "\"excludedResolutions\":[\"Won't Do\",\"Duplicate\"],\"statusMode\":\"PACE\","
            + "\"storyPointsFieldId\":\"customfield_10106\",\"countOnlyVisibleWork\":false,"
            + "\"checkInCadence\":\"EVERY_TWO_WEEKS\",\"checkInWeekday\":\"THURSDAY\","
            + "\"alignedObjectivesContribute\":true,\"alignedShare\":0.3}";

    private static final String CYCLE_JSON =
            "{\"id\":\"2026-Q4\",\"name\":\"Q4 2026\",\"start\":\"2026-10-01\",\"end\":\"2026-12-31\"}";
    private static final String LABEL_MAPPING_JSON = "{\"source\":\"LABELS\",\"fieldId\":null,"
            + "\"values\":{\"bsc-money\":\"financial\",\"bsc-people\":\"learning-growth\"}}";

    private final H2Store store = H2Store.fresh("rest-admin");
    private final InMemoryOkr.FakeJira jira = new InMemoryOkr().jira.readCheckInsFrom(store.checkIns);
    private final Personas personas = new Personas();
    private RestServer rest;
    private Map<String, List<String>> initialRows;

    @Before
    public void start() {
        ConfiguringScorecard configuring =
                new ConfiguringScorecard(new Administrators(personas), store.settings, jira, store.transactions);
        rest = new RestServer(new AdminConfigurationResource(configuring));
        initialRows = store.contents();
    }

    @After
    public void stop() {
        try {
            rest.close();
        } finally {
            store.close();
        }
    }

    @Test
    public void adminReadsTheFourDefaultPerspectivesInOrder() {
        Answer answer = rest.get("admin/perspectives");

        assertEquals(200, answer.status());
        JsonNode perspectives = answer.json();
        assertEquals(4, perspectives.size());
        assertEquals("financial", perspectives.get(0).get("key").asText());
        assertEquals("Learning & Growth", perspectives.get(3).get("name").asText());
        assertEquals(0.7, perspectives.get(0).get("green").asDouble(), 0);
    }

    @Test
    public void adminRenamesReordersAndReweightsPerspectivesAndAddsOne() {
        String body = "["
                + perspective("customer", "Customers", "#36B37E").replace("\"weight\":1", "\"weight\":2")
                + "," + perspective("financial", "Financial", "#0052CC")
                + "," + perspective("internal-processes", "Internal Processes", "#FFAB00")
                + "," + perspective("learning-growth", "Learning & Growth", "#6554C0")
                + "," + perspective("sustainability", "Sustainability", "#00B8D9")
                + "]";

        Answer answer = rest.putJson("admin/perspectives", body);

        assertEquals(answer.body(), 200, answer.status());
        assertEquals("Customers", store.settings.perspectives().all().get(0).name());
        assertEquals(2.0, store.settings.perspectives().all().get(0).weight().value(), 0);
        assertEquals(5, store.settings.perspectives().all().size());
        assertEquals("sustainability", answer.json().get(4).get("key").asText());
    }

    @Test
    public void removingAPerspectiveAnObjectiveUsesIsRefusedNamingTheObjective() {
        store.settings.saveCycle(
                new Cycle(Objectives.CYCLE, "2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        jira.objective(Objectives.objective("OKR-7").in("learning-growth").build());
        Map<String, List<String>> rowsBefore = store.contents();
        String withoutLearning =
                DEFAULT_PERSPECTIVES_JSON.substring(0, DEFAULT_PERSPECTIVES_JSON.lastIndexOf(",{")) + "]";

        Answer answer = rest.putJson("admin/perspectives", withoutLearning);

        assertEquals(400, answer.status());
        assertEquals("perspectives", answer.json().get("field").asText());
        assertTrue(answer.body(), answer.json().get("message").asText().contains("OKR-7"));
        assertEquals(rowsBefore, store.contents());
    }

    @Test
    public void removingAnUnusedPerspectiveIsAllowed() {
        String withoutLearning =
                DEFAULT_PERSPECTIVES_JSON.substring(0, DEFAULT_PERSPECTIVES_JSON.lastIndexOf(",{")) + "]";

        assertEquals(200, rest.putJson("admin/perspectives", withoutLearning).status());
        assertEquals(3, store.settings.perspectives().all().size());
    }

    @Test
    public void theProjectsWithoutTheWorkItemPanelAreSavedUpperCasedAndReadBack() {
        Answer saved = rest.putJson(
                "admin/settings",
                SETTINGS_JSON.replace("0.3}", "0.3,\"workPanelOffProjects\":[\" ops \",\"HR\",\"\"]}"));

        assertEquals(saved.body(), 200, saved.status());
        assertEquals(
                "[\"HR\",\"OPS\"]",
                rest.get("admin/settings").json().get("workPanelOffProjects").toString());
        assertEquals(Set.of("HR", "OPS"), store.settings.appSettings().workPanelOffProjects());
        assertTrue(store.settings.appSettings().workPanelShownIn("DEV"));
    }

    @Test
    public void theParentLinkFieldIsAutomaticUntilTheAdminNamesOneAndBlankGoesBackToAutomatic() {
        assertTrue(rest.get("admin/settings").json().get("parentLinkFieldId").isNull());

        Answer named = rest.putJson(
                "admin/settings", SETTINGS_JSON.replace("0.3}", "0.3,\"parentLinkFieldId\":\" customfield_10200 \"}"));

        assertEquals(named.body(), 200, named.status());
        assertEquals(
                "customfield_10200",
                rest.get("admin/settings").json().get("parentLinkFieldId").asText());
        assertEquals("customfield_10200", store.settings.appSettings().parentLinkFieldId());

        Answer blank = rest.putJson("admin/settings", SETTINGS_JSON.replace("0.3}", "0.3,\"parentLinkFieldId\":\"\"}"));

        assertEquals(blank.body(), 200, blank.status());
        assertNull(store.settings.appSettings().parentLinkFieldId());
    }

    @Test
    public void adminSavesSettingsAndReadsThemBack() {
        Answer saved = rest.putJson("admin/settings", SETTINGS_JSON);

        assertEquals(saved.body(), 200, saved.status());
        JsonNode settings = rest.get("admin/settings").json();
        assertEquals("STORY_POINTS", settings.get("rollupPolicy").asText());
        assertEquals(0.5, settings.get("inProgressCredit").asDouble(), 0);
        assertEquals("PACE", settings.get("statusMode").asText());
        assertEquals("customfield_10106", settings.get("storyPointsFieldId").asText());
        assertEquals("EVERY_TWO_WEEKS", settings.get("checkInCadence").asText());
        assertEquals("THURSDAY", settings.get("checkInWeekday").asText());
        assertTrue(settings.get("alignedObjectivesContribute").asBoolean());
        assertEquals(0.3, settings.get("alignedShare").asDouble(), 0);
        assertEquals(Cascade.on(0.3), store.settings.appSettings().rollup().cascade());
        assertEquals(
                new CheckInCadence(CheckInCadence.Interval.EVERY_TWO_WEEKS, DayOfWeek.THURSDAY),
                store.settings.appSettings().checkInCadence());
        assertEquals(
                List.of("Duplicate", "Won't Do"),
                List.of(
                        settings.get("excludedResolutions").get(0).asText(),
                        settings.get("excludedResolutions").get(1).asText()));
    }

    @Test
    public void rollupPoliciesAreListedWithTheirDescriptions() {
        JsonNode policies = rest.get("admin/rollup-policies").json();

        assertEquals(3, policies.size());
        assertEquals("COUNT", policies.get(0).get("key").asText());
        assertTrue(policies.get(1).get("description").asText().length() > 10);
    }

    @Test
    public void everyAdminEndpointAnswers401ToAnonymousAnd403ToNonAdminsWithoutLeakingData() {
        for (Persona persona : List.of(Persona.ANONYMOUS, Persona.OUTSIDER, Persona.MEMBER)) {
            personas.actAs(persona);
            int expected = persona == Persona.ANONYMOUS ? 401 : 403;
            for (Answer answer : List.of(
                    rest.get("admin/perspectives"),
                    rest.get("admin/settings"),
                    rest.get("admin/rollup-policies"),
                    rest.get("admin/mappings"),
                    rest.get("admin/cycles"),
                    rest.putJson("admin/perspectives", DEFAULT_PERSPECTIVES_JSON),
                    rest.putJson("admin/settings", SETTINGS_JSON),
                    rest.putJson("admin/mappings", LABEL_MAPPING_JSON),
                    rest.post("admin/cycles", "application/json", CYCLE_JSON),
                    rest.putJson("admin/cycles/2026-Q4", CYCLE_JSON),
                    rest.delete("admin/cycles/2026-Q4"))) {
                assertEquals(persona + ": " + answer.body(), expected, answer.status());
                assertTrue(answer.body(), !answer.body().contains("financial"));
                assertTrue(answer.body(), !answer.body().contains("Won't Do"));
            }
        }
        assertEquals(initialRows, store.contents());
    }

    @Test
    public void formEncodedAndPlainTextMutationsAreRejectedAsXsrfAttemptsAndWriteNothing() {
        assertEquals(
                415,
                rest.put("admin/settings", "application/x-www-form-urlencoded", "rollupPolicy=TIME")
                        .status());
        assertEquals(
                415, rest.put("admin/settings", "text/plain", SETTINGS_JSON).status());
        assertEquals(
                415,
                rest.put("admin/perspectives", "multipart/form-data; boundary=x", "--x--")
                        .status());
        assertEquals(initialRows, store.contents());
    }

    @Test
    public void badSettingsAreRejectedWith400NamingTheFieldAndWriteNothing() {
        String tenThousand = "x".repeat(10_000);
        List<String[]> corpus = List.of(
                new String[] {"{", "settings"},
                new String[] {"", "settings"},
                new String[] {"[]", "settings"},
                new String[] {SETTINGS_JSON.replace("0.5", "\"0.5\""), "settings.inProgressCredit"},
                new String[] {SETTINGS_JSON.replace("0.5", "1e309"), "settings.inProgressCredit"},
                new String[] {SETTINGS_JSON.replace("0.5", "-0.1"), "settings.inProgressCredit"},
                new String[] {SETTINGS_JSON.replace("0.5", "NaN"), "settings"},
                new String[] {SETTINGS_JSON.replace(",\"inProgressCredit\":0.5", ""), "settings.inProgressCredit"},
                new String[] {SETTINGS_JSON.replace("STORY_POINTS", "VIBES"), "settings.rollupPolicy"},
                new String[] {SETTINGS_JSON.replace("PACE", "1"), "settings.statusMode"},
                new String[] {SETTINGS_JSON.replace("customfield_10106", "<script>"), "settings.storyPointsFieldId"},
                new String[] {
                    SETTINGS_JSON.replace("\"Duplicate\"", "\"" + tenThousand + "\""), "settings.excludedResolutions"
                },
                new String[] {SETTINGS_JSON.replace("\"Duplicate\"", "null"), "settings.excludedResolutions"},
                new String[] {SETTINGS_JSON.replace("}", ",\"admin\":true}"), "settings.admin"},
                new String[] {SETTINGS_JSON.replace("false", "\"no\""), "settings.countOnlyVisibleWork"},
                new String[] {SETTINGS_JSON.replace("EVERY_TWO_WEEKS", "HOURLY"), "settings.checkInCadence"},
                new String[] {SETTINGS_JSON.replace("\"EVERY_TWO_WEEKS\"", "null"), "settings.checkInCadence"},
                new String[] {SETTINGS_JSON.replace("THURSDAY", "thursday"), "settings.checkInWeekday"},
                new String[] {SETTINGS_JSON.replace(",\"checkInWeekday\":\"THURSDAY\"", ""), "settings.checkInWeekday"},
                new String[] {SETTINGS_JSON.replace("0.3}", "0}"), "settings.alignedShare"},
                new String[] {SETTINGS_JSON.replace("0.3}", "1.5}"), "settings.alignedShare"},
                new String[] {SETTINGS_JSON.replace("0.3}", "\"half\"}"), "settings.alignedShare"},
                new String[] {SETTINGS_JSON.replace(",\"alignedShare\":0.3", ""), "settings.alignedShare"},
                new String[] {SETTINGS_JSON.replace("true,", "\"yes\","), "settings.alignedObjectivesContribute"},
                new String[] {
                    SETTINGS_JSON.replace("\"alignedObjectivesContribute\":true,", ""),
                    "settings.alignedObjectivesContribute"
                },
                new String[] {
                    SETTINGS_JSON.replace("0.3}", "0.3,\"workPanelOffProjects\":[\"OPS-1\"]}"),
                    "settings.workPanelOffProjects"
                },
                new String[] {
                    SETTINGS_JSON.replace("0.3}", "0.3,\"workPanelOffProjects\":[null]}"),
                    "settings.workPanelOffProjects"
                },
                new String[] {
                    SETTINGS_JSON.replace("0.3}", "0.3,\"workPanelOffProjects\":\"OPS\"}"),
                    "settings.workPanelOffProjects"
                },
                new String[] {
                    SETTINGS_JSON.replace("0.3}", "0.3,\"parentLinkFieldId\":\"Parent Link\"}"),
                    "settings.parentLinkFieldId"
                });
        BadInput.assertEachRejected(corpus, body -> rest.putJson("admin/settings", body));
        assertEquals(initialRows, store.contents());
    }

    @Test
    public void badPerspectivesAreRejectedWith400NamingTheFieldAndWriteNothing() {
        String first = perspective("financial", "Financial", "#0052CC");
        List<String[]> corpus = List.of(
                new String[] {"{}", "perspectives"},
                new String[] {"[]", "perspectives"},
                new String[] {"[null]", "perspectives[0]"},
                new String[] {"[" + first.replace("\"weight\":1", "\"weight\":-1") + "]", "perspectives[0].weight"},
                new String[] {"[" + first.replace("\"weight\":1", "\"weight\":0") + "]", "perspectives[0].weight"},
                new String[] {"[" + first.replace("\"weight\":1", "\"weight\":1e309") + "]", "perspectives[0].weight"},
                new String[] {
                    "[" + first.replace("\"weight\":1", "\"weight\":\"heavy\"") + "]", "perspectives[0].weight"
                },
                new String[] {"[" + first.replace(",\"weight\":1", "") + "]", "perspectives[0].weight"},
                new String[] {"[" + first.replace("\"green\":0.7", "\"green\":0.3") + "]", "perspectives[0].amber"},
                new String[] {"[" + first.replace("Financial", "x".repeat(10_000)) + "]", "perspectives[0].name"},
                new String[] {"[" + first.replace("#0052CC", "red") + "]", "perspectives[0].colour"},
                new String[] {"[" + first.replace("\"financial\"", "\"Fin ance\"") + "]", "perspectives[0].key"},
                new String[] {"[" + first + "," + first + "]", "perspectives[1].key"},
                new String[] {"[" + first.replace("}", ",\"secret\":1}") + "]", "perspectives[0].secret"});
        BadInput.assertEachRejected(corpus, body -> rest.putJson("admin/perspectives", body));
        assertEquals(initialRows, store.contents());
    }

    @Test
    public void hostileNamesAreStoredAndReturnedAsPlainData() {
        String hostile = "<img src=x onerror=alert(1)></script>";
        String body = DEFAULT_PERSPECTIVES_JSON.replace("\"Customer\"", "\"" + hostile.replace("\"", "\\\"") + "\"");

        Answer answer = rest.putJson("admin/perspectives", body);

        assertEquals(answer.body(), 200, answer.status());
        assertEquals(hostile, answer.json().get(1).get("name").asText());
        assertTrue(answer.contentType().startsWith("application/json"));
    }

    private static String perspective(String key, String name, String colour) {
        return "{\"key\":\"" + key + "\",\"name\":\"" + name + "\",\"colour\":\"" + colour
                + "\",\"weight\":1,\"green\":0.7,\"amber\":0.4}";
    }

    @Test
    public void adminCreatesUpdatesListsAndDeletesACycle() {
        Answer created = rest.post("admin/cycles", "application/json", CYCLE_JSON);
        assertEquals(created.body(), 201, created.status());

        Answer updated = rest.putJson("admin/cycles/2026-Q4", CYCLE_JSON.replace("Q4 2026", "Autumn"));
        assertEquals(updated.body(), 200, updated.status());
        assertEquals(
                "Autumn", rest.get("admin/cycles").json().get(0).get("name").asText());

        assertEquals(204, rest.delete("admin/cycles/2026-Q4").status());
        assertEquals(0, rest.get("admin/cycles").json().size());
    }

    @Test
    public void aCycleIdIsTakenOnlyOnce() {
        rest.post("admin/cycles", "application/json", CYCLE_JSON);

        Answer again = rest.post("admin/cycles", "application/json", CYCLE_JSON);

        assertEquals(400, again.status());
        assertEquals("cycle.id", again.json().get("field").asText());
    }

    @Test
    public void aCycleThatHoldsObjectivesCannotBeDeleted() {
        rest.post("admin/cycles", "application/json", CYCLE_JSON);
        jira.objective(Objectives.objective("OKR-3").in("customer").build());

        Answer answer = rest.delete("admin/cycles/2026-Q4");

        assertEquals(400, answer.status());
        assertTrue(answer.body(), answer.json().get("message").asText().contains("OKR-3"));
        assertEquals(1, store.settings.cycles().size());
    }

    @Test
    public void unknownCyclesAreNotFound() {
        assertEquals(
                404,
                rest.putJson("admin/cycles/2027-Q1", CYCLE_JSON.replace("2026-Q4", "2027-Q1"))
                        .status());
        assertEquals(404, rest.delete("admin/cycles/2027-Q1").status());
        assertEquals(404, rest.delete("admin/cycles/not%20a%20cycle").status());
    }

    @Test
    public void badCyclesAreRejectedWith400NamingTheFieldAndWriteNothing() {
        List<String[]> corpus = List.of(
                new String[] {CYCLE_JSON.replace("2026-12-31", "2026-09-30"), "cycle.end"},
                new String[] {CYCLE_JSON.replace("2026-10-01", "next monday"), "cycle.start"},
                new String[] {CYCLE_JSON.replace("2026-10-01", "2026-02-30"), "cycle.start"},
                new String[] {CYCLE_JSON.replace("Q4 2026", "x".repeat(10_000)), "cycle.name"},
                new String[] {CYCLE_JSON.replace("\"Q4 2026\"", "null"), "cycle.name"},
                new String[] {CYCLE_JSON.replace("\"2026-Q4\"", "\"2026 Q4\""), "cycle.id"},
                new String[] {CYCLE_JSON.replace("}", ",\"owner\":\"me\"}"), "cycle.owner"},
                new String[] {CYCLE_JSON.replace("\"2026-10-01\"", "20261001"), "cycle.start"});
        BadInput.assertEachRejected(corpus, body -> rest.post("admin/cycles", "application/json", body));
        assertEquals(initialRows, store.contents());
    }

    @Test
    public void adminMapsLabelsToPerspectives() {
        Answer saved = rest.putJson("admin/mappings", LABEL_MAPPING_JSON);

        assertEquals(saved.body(), 200, saved.status());
        JsonNode mapping = rest.get("admin/mappings").json();
        assertEquals("LABELS", mapping.get("source").asText());
        assertEquals("financial", mapping.get("values").get("bsc-money").asText());
    }

    @Test
    public void theDefaultMappingReadsTheBscPerspectiveField() {
        JsonNode mapping = rest.get("admin/mappings").json();

        assertEquals("PERSPECTIVE_FIELD", mapping.get("source").asText());
        assertEquals("customer", mapping.get("values").get("Customer").asText());
    }

    @Test
    public void badMappingsAreRejectedWith400NamingTheFieldAndWriteNothing() {
        List<String[]> corpus = List.of(
                new String[] {LABEL_MAPPING_JSON.replace("\"learning-growth\"", "\"sustainability\""), "mapping.values"
                },
                new String[] {LABEL_MAPPING_JSON.replace("\"learning-growth\"", "\"Not A Key\""), "mapping.values"},
                new String[] {LABEL_MAPPING_JSON.replace("LABELS", "TEA_LEAVES"), "mapping.source"},
                new String[] {LABEL_MAPPING_JSON.replace("LABELS", "SELECT_FIELD"), "mapping.fieldId"},
                new String[] {LABEL_MAPPING_JSON.replace("bsc-money", "x".repeat(10_000)), "mapping.values"},
                new String[] {
                    LABEL_MAPPING_JSON
                            .replace("{\"bsc-money\"", "[{\"bsc-money\"")
                            .replace("}}", "}]}"),
                    "mapping.values"
                });
        BadInput.assertEachRejected(corpus, body -> rest.putJson("admin/mappings", body));
        assertEquals(initialRows, store.contents());
    }
}
