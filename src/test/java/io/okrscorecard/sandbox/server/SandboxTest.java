package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.sandbox.JiraExport;
import io.okrscorecard.sandbox.demo.DemoOrganisation;
import io.okrscorecard.sandbox.server.SandboxHttp.Answer;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The sandbox as the README starts it, on a free port of 127.0.0.1 in a temporary data folder, at a fixed time in the
 * demo's running cycle (2026-Q4): the demo through the real REST API, the two users, the pages, a restart on the same
 * folder, an import, and the command line's errors.
 */
public class SandboxTest {
    private static final Clock MID_Q4 = Clock.fixed(Instant.parse("2026-11-16T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock MID_Q1 = Clock.fixed(Instant.parse("2026-02-15T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ClassRule
    public static final TemporaryFolder FOLDERS = new TemporaryFolder();

    private static Sandbox demo;
    private static SandboxHttp http;

    @BeforeClass
    public static void startTheDemo() throws IOException {
        demo = Sandbox.start(options(FOLDERS.newFolder("demo").toPath(), MID_Q4));
        http = new SandboxHttp(demo);
    }

    @AfterClass
    public static void stopTheDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    private static SandboxOptions options(Path data, Clock clock) {
        return SandboxOptions.defaults().withPort(0).withData(data).withClock(clock);
    }

    @Test
    public void firstStartLoadsTheDemoWithFourPerspectivesAndAtLeastTwelveObjectives() {
        JsonNode scorecard = http.api("scorecard", Persona.ADMIN);

        assertTrue(demo.loadedNow());
        assertEquals("2026-Q4", scorecard.get("cycle").get("id").asText());
        List<String> perspectives = new ArrayList<>();
        scorecard
                .get("perspectives")
                .forEach(p -> perspectives.add(p.get("name").asText()));
        assertEquals(List.of("Financial", "Customer", "Internal Processes", "Learning & Growth"), perspectives);
        scorecard
                .get("perspectives")
                .forEach(p -> assertTrue(
                        p.get("name") + " has objectives", p.get("objectives").size() >= 2));
        assertTrue(objectives(scorecard).size() >= 12);
        assertEquals(0, scorecard.get("hiddenObjectives").asInt());
        assertTrue("materialised by the start's recalculation", scorecard.hasNonNull("computedAt"));
    }

    @Test
    public void seedObjectivesCarryTheirMetricAndWorkKeyResults() {
        JsonNode scorecard = http.api("scorecard", Persona.ADMIN);

        JsonNode satisfaction = objective(scorecard, "Improve customer satisfaction");
        assertEquals(
                "customer",
                perspectiveOf(scorecard, "Improve customer satisfaction")
                        .get("key")
                        .asText());
        assertEquals(
                List.of(
                        "Raise NPS from 32 to 45",
                        DemoOrganisation.RESOLUTION_TIME_KR,
                        "Raise 12-month customer retention from 88 % to 92 %"),
                summaries(satisfaction.get("keyResults")));
        satisfaction
                .get("keyResults")
                .forEach(kr -> assertEquals("METRIC", kr.get("kind").asText()));
        JsonNode resolutionTime =
                http.api("keyresults/" + keyResult(satisfaction, DemoOrganisation.RESOLUTION_TIME_KR), Persona.ADMIN);
        assertTrue(resolutionTime.get("metric").get("lowerIsBetter").asBoolean());
        assertTrue(
                "current from a check-in",
                resolutionTime.get("metric").get("fromCheckIn").asBoolean());

        JsonNode profitability = objective(scorecard, "Grow profitability");
        assertEquals(
                "financial",
                perspectiveOf(scorecard, "Grow profitability").get("key").asText());
        assertEquals(
                List.of(
                        "Increase monthly recurring revenue from 1.20 M to 1.50 M EUR",
                        "Cut cloud cost per customer from 14 to 11 EUR",
                        "Launch value-based pricing"),
                summaries(profitability.get("keyResults")));
        JsonNode pricing = profitability.get("keyResults").get(2);
        assertEquals("WORK", pricing.get("kind").asText());
        JsonNode pricingDetail = http.api("keyresults/" + pricing.get("key").asText(), Persona.ADMIN);
        assertEquals(
                "the epic's Won't Do story leaves the rollup",
                "Won't Do",
                pricingDetail
                        .get("work")
                        .get("excluded")
                        .get(0)
                        .get("resolution")
                        .asText());
        JsonNode counts = pricing.get("counts");
        assertTrue(counts.get("done").asInt() > 0
                && counts.get("inProgress").asInt() > 0
                && counts.get("todo").asInt() > 0);
    }

    @Test
    public void wizardKeyResultExplainsItsSharedStoryAndTheSubtaskLinkedByMistake() {
        JsonNode onboarding = objective(http.api("scorecard", Persona.ADMIN), "Make onboarding effortless");
        String wizard = keyResult(onboarding, "Ship the self-service onboarding wizard");
        String articles = keyResult(onboarding, "Publish 25 help-centre articles");

        JsonNode work = http.api("keyresults/" + wizard, Persona.ADMIN).get("work");

        assertEquals(1, work.get("ignoredSubtasks").size());
        assertEquals(1, work.get("sharedTotal").asInt());
        List<String> alsoIn = new ArrayList<>();
        work.get("shared").get(0).get("alsoIn").forEach(kr -> alsoIn.add(kr.asText()));
        assertTrue(alsoIn.toString(), alsoIn.contains(articles));
        assertEquals(2, alsoIn.size());
    }

    @Test
    public void objectiveWithoutLinkedWorkHasUndefinedProgressNotZero() {
        JsonNode scorecard = http.api("scorecard", Persona.ADMIN);

        JsonNode dataLiteracy = objective(scorecard, "Build a data-literate organisation");

        assertTrue(dataLiteracy.get("progress").isNull());
        assertEquals("NONE", dataLiteracy.get("status").asText());
        assertFalse(dataLiteracy.get("undefinedReason").isNull());
        dataLiteracy.get("keyResults").forEach(kr -> {
            assertTrue(kr.get("progress").isNull());
            assertEquals("NO_LINKED_WORK", kr.get("undefinedReason").asText());
        });
    }

    @Test
    public void metricsHaveWeeksOfCheckInsAndTheScorecardAMonthOfDailyTrend() {
        JsonNode scorecard = http.api("scorecard", Persona.ADMIN);
        String nps = keyResult(objective(scorecard, "Improve customer satisfaction"), "Raise NPS from 32 to 45");

        JsonNode checkIns = http.api("keyresults/" + nps + "/checkins", Persona.ADMIN);

        assertTrue(checkIns.size() >= 4);
        assertEquals("newest first", 40.0, checkIns.get(0).get("value").asDouble(), 0.0);
        JsonNode trend = scorecard.get("trend");
        assertEquals(30, trend.size());
        assertEquals("2026-10-18", trend.get(0).get("day").asText());
        assertEquals("2026-11-16", trend.get(29).get("day").asText());
        assertTrue(
                "progress grew over the month",
                trend.get(0).get("progress").asDouble()
                        < trend.get(29).get("progress").asDouble());
        scorecard
                .get("perspectives")
                .forEach(p -> assertEquals(30, p.get("trend").size()));
    }

    @Test
    public void causeLinksRunFromLearningThroughProcessesAndCustomerToFinancial() {
        JsonNode map = http.api("strategy-map", Persona.ADMIN);
        Map<String, String> laneOf = new HashMap<>();
        map.get("lanes").forEach(lane -> lane.get("objectives")
                .forEach(node -> laneOf.put(
                        node.get("key").asText(), lane.get("perspective").asText())));

        Set<String> steps = new TreeSet<>();
        map.get("edges")
                .forEach(edge -> steps.add(laneOf.get(edge.get("cause").asText()) + ">"
                        + laneOf.get(edge.get("effect").asText())));

        assertTrue(steps.toString(), steps.contains("learning-growth>internal-processes"));
        assertTrue(steps.toString(), steps.contains("internal-processes>customer"));
        assertTrue(steps.toString(), steps.contains("customer>financial"));
    }

    @Test
    public void theDemoShowsOwnersAndCheckInAuthorsByDisplayNameAndKeepsTheirJiraUserKeys() {
        JsonNode scorecard = http.api("scorecard", Persona.ADMIN);
        JsonNode satisfaction = objective(scorecard, "Improve customer satisfaction");

        assertEquals("Carla Rossi", satisfaction.get("ownerName").asText());
        assertTrue(satisfaction.toString(), satisfaction.get("owner").asText().matches("JIRAUSER1\\d{4}"));
        objectives(scorecard)
                .forEach(objective -> assertFalse(
                        objective.toString(),
                        objective.get("ownerName").asText().startsWith("JIRAUSER")));
        JsonNode checkIns = http.api(
                "keyresults/" + keyResult(satisfaction, "Raise NPS from 32 to 45") + "/checkins", Persona.ADMIN);
        JsonNode first = checkIns.get(checkIns.size() - 1);
        assertEquals(satisfaction.get("owner").asText(), first.get("author").asText());
        assertEquals("Carla Rossi", first.get("authorName").asText());
        String csv = http.get(SandboxHttp.API + "scorecard.csv", Persona.ADMIN).body();
        assertTrue(csv, csv.contains(",Carla Rossi,"));
        assertFalse(csv, csv.contains("JIRAUSER"));
    }

    @Test
    public void viewerIsForbiddenTheAdminApiAndCannotRecordACheckIn() {
        JsonNode scorecard = http.api("scorecard", Persona.VIEWER);
        String nps = keyResult(objective(scorecard, "Improve customer satisfaction"), "Raise NPS from 32 to 45");

        assertEquals(
                403,
                http.get(SandboxHttp.API + "admin/perspectives", Persona.VIEWER).status());
        assertEquals(
                403,
                http.get(SandboxHttp.API + "admin/bootstrap", Persona.VIEWER).status());
        assertEquals(
                403,
                http.postJson(SandboxHttp.API + "admin/recalculate", Persona.VIEWER, "{}")
                        .status());
        Answer checkIn = http.postJson(
                SandboxHttp.API + "keyresults/" + nps + "/checkins",
                Persona.VIEWER,
                "{\"value\":41,\"confidence\":\"ON_TRACK\",\"comment\":\"from the viewer\"}");
        assertEquals(403, checkIn.status());
        assertEquals(
                "nothing recorded",
                40.0,
                http.api("keyresults/" + nps + "/checkins", Persona.VIEWER)
                        .get(0)
                        .get("value")
                        .asDouble(),
                0.0);
        assertEquals(
                200,
                http.get(SandboxHttp.API + "admin/perspectives", Persona.ADMIN).status());
        assertEquals(
                "the setup report names the export's objects",
                "customfield_10200",
                http.api("admin/bootstrap", Persona.ADMIN)
                        .get("objects")
                        .get(2)
                        .get("id")
                        .asText());
    }

    @Test
    public void indexAdminPageStylesheetAndPluginResourcesAnswer() {
        Answer index = http.get("/", Persona.ADMIN);
        assertEquals(200, index.status());
        assertTrue(index.contentType().startsWith("text/html"));
        assertTrue(index.body().contains("<title>" + demo.texts().text("okr.sandbox.title") + "</title>"));
        assertTrue(index.body().contains("href=\"" + Sandbox.DASHBOARD_PATH + "\""));
        assertTrue(index.body().contains("href=\"/plugins/servlet/okr-scorecard/admin\""));
        assertTrue(index.body().contains("Improve customer satisfaction"));
        assertTrue(index.body().contains("href=\"/browse/OKR-"));

        Answer admin = http.get("/plugins/servlet/okr-scorecard/admin", Persona.ADMIN);
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("/download/resources/okr-admin-resources/okr-admin.js"));
        Answer script = http.get("/download/resources/okr-admin-resources/okr-admin.js", Persona.ADMIN);
        assertEquals(200, script.status());
        assertTrue(script.contentType().startsWith("text/javascript"));
        assertTrue(admin.body().contains("/download/resources/okr-common-resources/okr-dom.js"));
        assertEquals(
                200,
                http.get("/download/resources/okr-common-resources/okr-dom.js", Persona.ADMIN)
                        .status());
        assertEquals(200, http.get(Sandbox.STYLESHEET_PATH, Persona.ADMIN).status());
        assertEquals(404, http.get("/no-such-page", Persona.ADMIN).status());
        assertEquals(404, http.get("/sandbox/no-such-file", Persona.ADMIN).status());
    }

    @Test
    public void indexShowsWhoIsSignedInAndOffersTheOtherUser() {
        String asViewer = http.get("/", Persona.VIEWER).body();
        assertTrue(asViewer.contains("data-user=\"viewer\""));
        assertTrue(asViewer.contains("href=\"/sandbox/user?name=admin&amp;back=%2F\""));

        String asAdmin = http.get("/", Persona.ADMIN).body();
        assertTrue(asAdmin.contains("data-user=\"admin\""));
        assertTrue(asAdmin.contains("href=\"/sandbox/user?name=viewer&amp;back=%2F\""));
    }

    @Test
    public void userSwitchSetsTheCookieAndRedirectsOnlyWithinTheSandbox() {
        Answer toViewer = http.get("/sandbox/user?name=viewer&back=%2Fbrowse%2FOKR-1", Persona.ADMIN);
        assertEquals(303, toViewer.status());
        assertTrue(toViewer.setCookie(), toViewer.setCookie().startsWith("okr-sandbox-user=viewer;"));
        assertTrue(toViewer.setCookie().contains("Path=/"));
        assertEquals("/browse/OKR-1", toViewer.location());

        assertEquals(
                "/",
                http.get("/sandbox/user?name=admin&back=%2F%2Fexample.org%2F", Persona.VIEWER)
                        .location());
        assertEquals(
                "/",
                http.get("/sandbox/user?name=admin&back=https%3A%2F%2Fexample.org%2F", Persona.VIEWER)
                        .location());
        Answer unknown = http.get("/sandbox/user?name=root", Persona.ADMIN);
        assertEquals(400, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("\"root\""));
        assertEquals("", unknown.setCookie());
    }

    @Test
    public void secondStartOnTheSameFolderKeepsACheckInAndDoesNotLoadTheDemoAgain() throws IOException {
        Path data = FOLDERS.newFolder("restart").toPath();
        String nps;
        int seededCheckIns;
        double objectiveBefore;
        try (Sandbox first = Sandbox.start(options(data, MID_Q4))) {
            SandboxHttp client = new SandboxHttp(first);
            JsonNode satisfaction = objective(client.api("scorecard", Persona.ADMIN), "Improve customer satisfaction");
            objectiveBefore = satisfaction.get("progress").asDouble();
            nps = keyResult(satisfaction, "Raise NPS from 32 to 45");
            seededCheckIns =
                    client.api("keyresults/" + nps + "/checkins", Persona.ADMIN).size();

            Answer recorded = client.postJson(
                    SandboxHttp.API + "keyresults/" + nps + "/checkins",
                    Persona.ADMIN,
                    "{\"value\":44,\"confidence\":\"ON_TRACK\",\"comment\":\"Recorded before the restart\"}");

            assertEquals(recorded.body(), 201, recorded.status());
            JsonNode after = objective(client.api("scorecard", Persona.ADMIN), "Improve customer satisfaction");
            assertEquals(12.0 / 13.0, keyResultNode(after, nps).get("progress").asDouble(), 1e-9);
            assertTrue(after.get("progress").asDouble() > objectiveBefore);
        }
        String marker = Files.readString(data.resolve(DataFolder.MARKER));

        try (Sandbox second = Sandbox.start(options(data, MID_Q4))) {
            SandboxHttp client = new SandboxHttp(second);
            assertFalse(second.loadedNow());
            JsonNode checkIns = client.api("keyresults/" + nps + "/checkins", Persona.ADMIN);
            assertEquals("the demo's check-ins were not added again", seededCheckIns + 1, checkIns.size());
            assertEquals(
                    "Recorded before the restart",
                    checkIns.get(0).get("comment").asText());
            JsonNode satisfaction = objective(client.api("scorecard", Persona.ADMIN), "Improve customer satisfaction");
            assertEquals(
                    12.0 / 13.0,
                    keyResultNode(satisfaction, nps).get("progress").asDouble(),
                    1e-9);
            assertEquals(marker, Files.readString(data.resolve(DataFolder.MARKER)));
        }
    }

    @Test
    public void importShowsTheObjectivesOfTheExportInCyclesDatedByTheirIds() throws IOException {
        Path export = FOLDERS.newFolder("export").toPath();
        copyTestExport(export);
        String hostile = "<img src=x onerror=alert(1)>";
        editIssue(export.resolve("export-1.json"), "OKR-2", fields -> fields.put("summary", hostile));
        List<Path> pages = List.of(export.resolve("export-1.json"), export.resolve("export-2.json"));
        Set<String> expected = new TreeSet<>();
        for (Objective objective :
                JiraExport.read(export.resolve("mapping.json"), pages).objectivesIn(CycleId.of("2026-Q1"))) {
            expected.add(objective.summary());
        }
        Path data = FOLDERS.getRoot().toPath().resolve("imported");

        try (Sandbox imported = Sandbox.start(options(data, MID_Q1).importing(pages, export.resolve("mapping.json")))) {
            SandboxHttp client = new SandboxHttp(imported);
            JsonNode scorecard = client.api("scorecard", Persona.ADMIN);

            assertEquals("2026-Q1", scorecard.get("cycle").get("id").asText());
            assertEquals(expected, new TreeSet<>(summaries(objectives(scorecard))));
            assertTrue(expected.contains(hostile));
            JsonNode cycles = client.api("admin/cycles", Persona.ADMIN);
            assertEquals(2, cycles.size());
            assertEquals("2026-01-01", cycles.get(0).get("start").asText());
            assertEquals("2026-03-31", cycles.get(0).get("end").asText());
            assertEquals("2026-Q2", cycles.get(1).get("id").asText());
            String index = client.get("/", Persona.ADMIN).body();
            assertTrue(index.contains("&lt;img src=x onerror=alert(1)&gt;"));
            assertFalse(index.contains(hostile));
            assertTrue(
                    index.contains(demo.texts().text("okr.sandbox.intro.import").substring(0, 20)));
        }
        assertEquals(List.of("h2", "jira", DataFolder.MARKER), DataFolder.entries(data));
    }

    @Test
    public void anImportWithJiraUserKeysShowsTheDisplayNamesOfItsExport() throws IOException {
        Path export = FOLDERS.newFolder("people").toPath();
        copyTestExport(export);
        String hostile = "<script>alert(1)</script> Jo Roe";
        editIssue(export.resolve("export-1.json"), "OKR-2", fields -> fields.putObject("assignee")
                .put("key", "JIRAUSER10204")
                .put("name", "jroe")
                .put("displayName", hostile));
        List<Path> pages = List.of(export.resolve("export-1.json"), export.resolve("export-2.json"));
        Path data = FOLDERS.getRoot().toPath().resolve("people-data");

        try (Sandbox imported = Sandbox.start(options(data, MID_Q1).importing(pages, export.resolve("mapping.json")))) {
            SandboxHttp client = new SandboxHttp(imported);
            Map<String, JsonNode> byKey = new HashMap<>();
            objectives(client.api("scorecard", Persona.ADMIN))
                    .forEach(o -> byKey.put(o.get("key").asText(), o));

            assertEquals("JIRAUSER10100", byKey.get("OKR-1").get("owner").asText());
            assertEquals("Jane Doe", byKey.get("OKR-1").get("ownerName").asText());
            assertEquals(hostile, byKey.get("OKR-2").get("ownerName").asText());
            JsonNode panelAnswer = client.api("objectives/OKR-1", Persona.ADMIN);
            assertEquals("JIRAUSER10100", panelAnswer.get("owner").asText());
            assertEquals("Jane Doe", panelAnswer.get("ownerName").asText());
            String csv =
                    client.get(SandboxHttp.API + "scorecard.csv", Persona.ADMIN).body();
            assertTrue(csv, csv.contains(",Jane Doe,"));
            assertTrue(csv, csv.contains("," + hostile + ","));
            assertFalse(csv, csv.contains("JIRAUSER"));
        }
    }

    @Test
    public void brokenImportExitsWithStatusTwoNamingTheFileIssueAndFieldAndWritesNothing() throws IOException {
        Path export = FOLDERS.newFolder("broken").toPath();
        copyTestExport(export);
        editIssue(export.resolve("export-2.json"), "DEV-2", fields -> fields.put("customfield_10106", "lots"));
        Path data = export.resolve("data");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = SandboxMain.run(
                new String[] {
                    "--port", "0",
                    "--data", data.toString(),
                    "--import", export.resolve("export-1.json").toString(),
                    "--import", export.resolve("export-2.json").toString(),
                    "--mapping", export.resolve("mapping.json").toString()
                },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        assertEquals(
                "export-2.json: DEV-2: customfield_10106 (Story Points) must be a number, was \"lots\"",
                err.toString(StandardCharsets.UTF_8).strip());
        assertFalse(Files.exists(data));
    }

    @Test
    public void importIntoTheDemoFolderIsRefusedBeforeAnythingChanges() throws IOException {
        Path export = FOLDERS.newFolder("into-demo").toPath();
        copyTestExport(export);
        List<String> before = DataFolder.entries(demo.dataFolder().resolve("jira"));

        SandboxException refused = assertThrows(
                SandboxException.class,
                () -> Sandbox.start(options(demo.dataFolder(), MID_Q4)
                        .importing(List.of(export.resolve("export-1.json"), export.resolve("export-2.json")), null)));

        assertEquals(SandboxException.BAD_INPUT, refused.exitStatus());
        assertTrue(refused.getMessage(), refused.getMessage().contains("holds the demo organisation"));
        assertEquals(before, DataFolder.entries(demo.dataFolder().resolve("jira")));
    }

    @Test
    public void portInUseIsReportedWithTheOptionToChooseAnother() throws IOException {
        Path data = FOLDERS.newFolder("second").toPath();

        SandboxException refused = assertThrows(
                SandboxException.class,
                () -> Sandbox.start(options(data, MID_Q4).withPort(demo.port())));

        assertEquals(SandboxException.FAILED, refused.exitStatus());
        assertTrue(refused.getMessage(), refused.getMessage().contains("--port"));
        assertEquals(List.of(), DataFolder.entries(data));
    }

    @Test
    public void commandLineErrorsNameTheOptionAndExitWithStatusTwo() {
        assertCommandLineError("unknown option --verbose", "--verbose");
        assertCommandLineError("--port must be a whole number, was \"eighty\"", "--port", "eighty");
        assertCommandLineError("--port must be between 0 and 65535, was 70000", "--port", "70000");
        assertCommandLineError("--data needs a value", "--data");
        assertCommandLineError("--import needs a value", "--import", "--port", "0");
        assertCommandLineError(
                "--mapping needs the export's pages: add --import PAGE.json", "--mapping", "mapping.json");
        assertCommandLineError(
                "--demo-objectives is for the demo; an import shows its own objectives",
                "--import",
                "export.json",
                "--demo-objectives",
                "200");
        assertCommandLineError("unexpected argument 8090: options start with --", "8090");
        assertCommandLineError("--import missing.json: no such file", "--import", "missing.json", "--port", "0");
    }

    @Test
    public void helpPrintsTheOptionsAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = SandboxMain.run(
                new String[] {"--help"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(0, status);
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--port", "--data", "--import", "--mapping", "--demo-objectives")) {
            assertTrue(option, help.contains(option));
        }
    }

    private static void assertCommandLineError(String message, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SandboxMain.run(
                args,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(String.join(" ", args), 2, status);
        assertEquals(
                message,
                err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
    }

    // ----- reading the API's answers --------------------------------------------------------------------------------

    /** Every objective of a scorecard answer: those of each perspective, then the unassigned ones. */
    private static List<JsonNode> objectives(JsonNode scorecard) {
        List<JsonNode> all = new ArrayList<>();
        scorecard.get("perspectives").forEach(p -> p.get("objectives").forEach(all::add));
        scorecard.get("unassigned").forEach(all::add);
        return all;
    }

    private static JsonNode objective(JsonNode scorecard, String summary) {
        return objectives(scorecard).stream()
                .filter(o -> o.get("summary").asText().equals(summary))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no objective " + summary));
    }

    private static JsonNode perspectiveOf(JsonNode scorecard, String objectiveSummary) {
        for (JsonNode perspective : scorecard.get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                if (objective.get("summary").asText().equals(objectiveSummary)) {
                    return perspective;
                }
            }
        }
        throw new AssertionError("no perspective holds " + objectiveSummary);
    }

    private static String keyResult(JsonNode objective, String summary) {
        for (JsonNode kr : objective.get("keyResults")) {
            if (kr.get("summary").asText().equals(summary)) {
                return kr.get("key").asText();
            }
        }
        throw new AssertionError("no key result " + summary);
    }

    private static JsonNode keyResultNode(JsonNode objective, String key) {
        for (JsonNode kr : objective.get("keyResults")) {
            if (kr.get("key").asText().equals(key)) {
                return kr;
            }
        }
        throw new AssertionError("no key result " + key);
    }

    private static List<String> summaries(Iterable<JsonNode> nodes) {
        List<String> summaries = new ArrayList<>();
        nodes.forEach(node -> summaries.add(node.get("summary").asText()));
        return summaries;
    }

    // ----- the test export of src/test/resources/sandbox ------------------------------------------------------------

    private static void copyTestExport(Path folder) throws IOException {
        for (String name : List.of("export-1.json", "export-2.json", "mapping.json")) {
            try (InputStream in = SandboxTest.class.getResourceAsStream("/sandbox/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
    }

    private static void editIssue(Path page, String key, Consumer<ObjectNode> edit) throws IOException {
        JsonNode root = JSON.readTree(page.toFile());
        for (JsonNode issue : root.get("issues")) {
            if (issue.get("key").asText().equals(key)) {
                edit.accept((ObjectNode) issue.get("fields"));
            }
        }
        JSON.writeValue(page.toFile(), root);
    }
}
