package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.okrscorecard.sandbox.ExportFiles;
import io.okrscorecard.sandbox.server.SandboxHttp.Answer;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The sandbox reads perspectives as the Jira adapter does: from the app's stored mapping, at every read. The export's
 * mapping file (here: by labels) only seeds that mapping on the first import; a mapping saved through the admin API
 * moves objectives, whatever its source (the BSC Perspective option, another select field, labels, components), and a
 * later import keeps it. The export: OKR-1 (BSC Perspective Customer) and OKR-2 (Financial) in 2026-Q1, each with a
 * second select field, labels and a component.
 */
public class SandboxPerspectiveMappingTest {
    private static final Clock MID_Q1 = Clock.fixed(Instant.parse("2026-02-15T10:00:00Z"), ZoneOffset.UTC);
    private static final String REGION = "customfield_10300";
    private static final String UNASSIGNED = "";

    @ClassRule
    public static final TemporaryFolder FOLDERS = new TemporaryFolder();

    private static ExportFiles export;
    private static Sandbox sandbox;
    private static SandboxHttp http;

    @BeforeClass
    public static void importTheExport() throws IOException {
        export = ExportFiles.standard(FOLDERS.newFolder("export").toPath())
                .editIssue(ExportFiles.PAGE_1, "OKR-1", fields -> values(fields, "North", "customers", "Service Desk"))
                .editIssue(ExportFiles.PAGE_1, "OKR-2", fields -> values(fields, "South", "money", "Finance"))
                .editMapping(mapping -> mapping.putObject("perspectives")
                        .put("source", "LABELS")
                        .putObject("values")
                        .put("customers", "customer")
                        .put("money", "financial"));
        sandbox = start(FOLDERS.getRoot().toPath().resolve("data"));
        http = new SandboxHttp(sandbox);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void aBscPerspectiveValueRemappedMovesItsObjectives() throws InterruptedException {
        remapAndRecalculate("{\"source\": \"PERSPECTIVE_FIELD\", \"values\": {\"Customer\": \"financial\","
                + " \"Financial\": \"financial\"}}");

        assertEquals(Map.of("OKR-1", "financial", "OKR-2", "financial"), perspectives());
    }

    @Test
    public void aSelectFieldMappingReadsThatFieldsOptions() throws InterruptedException {
        remapAndRecalculate("{\"source\": \"SELECT_FIELD\", \"fieldId\": \"" + REGION
                + "\", \"values\": {\"North\": \"learning-growth\", \"South\": \"customer\"}}");

        assertEquals(Map.of("OKR-1", "learning-growth", "OKR-2", "customer"), perspectives());
    }

    @Test
    public void aLabelsMappingReadsTheLabels() throws InterruptedException {
        remapAndRecalculate("{\"source\": \"LABELS\", \"values\": {\"customers\": \"internal-processes\"}}");

        assertEquals(Map.of("OKR-1", "internal-processes", "OKR-2", UNASSIGNED), perspectives());
    }

    @Test
    public void aComponentsMappingReadsTheComponents() throws InterruptedException {
        remapAndRecalculate("{\"source\": \"COMPONENTS\", \"values\": {\"Finance\": \"learning-growth\"}}");

        assertEquals(Map.of("OKR-1", UNASSIGNED, "OKR-2", "learning-growth"), perspectives());
    }

    @Test
    public void theMappingFileSeedsTheStoredMappingOnceAndALaterImportKeepsTheSavedOne() throws IOException {
        Path data = FOLDERS.newFolder("kept").toPath();
        try (Sandbox first = start(data)) {
            SandboxHttp client = new SandboxHttp(first);
            JsonNode seeded = client.api("admin/mappings", Persona.ADMIN);
            assertEquals("LABELS", seeded.get("source").asText());
            assertEquals("customer", seeded.get("values").get("customers").asText());
            assertEquals(Map.of("OKR-1", "customer", "OKR-2", "financial"), perspectives(client));
            Answer saved = client.putJson(
                    SandboxHttp.API + "admin/mappings",
                    Persona.ADMIN,
                    "{\"source\": \"LABELS\", \"values\": {\"money\": \"customer\"}}");
            assertEquals(saved.body(), 200, saved.status());
            assertEquals(
                    "the next read, without a recalculation",
                    Map.of("OKR-1", UNASSIGNED, "OKR-2", "customer"),
                    perspectives(client));
        }
        export.editMapping(mapping -> mapping.putObject("perspectives")
                .put("source", "COMPONENTS")
                .putObject("values")
                .put("Service Desk", "financial"));

        try (Sandbox again = start(data)) {
            SandboxHttp client = new SandboxHttp(again);
            assertEquals(
                    "LABELS",
                    client.api("admin/mappings", Persona.ADMIN).get("source").asText());
            assertEquals(Map.of("OKR-1", UNASSIGNED, "OKR-2", "customer"), perspectives(client));
        }
    }

    private static Sandbox start(Path data) {
        return Sandbox.start(SandboxOptions.defaults()
                .withPort(0)
                .withData(data)
                .withClock(MID_Q1)
                .importing(export.pagePaths(), export.mapping()));
    }

    private static void values(ObjectNode fields, String region, String label, String component) {
        fields.putObject(REGION).put("value", region);
        fields.putArray("labels").add(label).add("okr");
        fields.putArray("components").addObject().put("name", component);
    }

    /** Saves the mapping as the admin page does, then recalculates as its "Recalculate now" does, to the end. */
    private static void remapAndRecalculate(String mapping) throws InterruptedException {
        Answer saved = http.putJson(SandboxHttp.API + "admin/mappings", Persona.ADMIN, mapping);
        assertEquals(saved.body(), 200, saved.status());
        Answer started = http.postJson(SandboxHttp.API + "admin/recalculate", Persona.ADMIN, "{}");
        assertEquals(started.body(), 202, started.status());
        String job = SandboxHttp.API + "admin/recalculate/"
                + started.json().get("id").asText();
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode state = http.api(job.substring(SandboxHttp.API.length()), Persona.ADMIN);
        while (!"FINISHED".equals(state.get("phase").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            state = http.api(job.substring(SandboxHttp.API.length()), Persona.ADMIN);
        }
        assertEquals(state.toString(), "FINISHED", state.get("phase").asText());
        assertTrue(state.toString(), state.get("failures").isEmpty());
    }

    private static Map<String, String> perspectives() {
        return perspectives(http);
    }

    /** The perspective key of each objective of the running cycle's scorecard ("" when unassigned). */
    private static Map<String, String> perspectives(SandboxHttp client) {
        JsonNode scorecard = client.api("scorecard", Persona.VIEWER);
        Map<String, String> perspectives = new TreeMap<>();
        scorecard.get("perspectives").forEach(perspective -> perspective
                .get("objectives")
                .forEach(objective -> perspectives.put(
                        objective.get("key").asText(), perspective.get("key").asText())));
        scorecard
                .get("unassigned")
                .forEach(objective -> perspectives.put(objective.get("key").asText(), UNASSIGNED));
        return perspectives;
    }
}
