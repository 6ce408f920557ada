package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.sandbox.ExportFiles;
import io.okrscorecard.sandbox.server.SandboxHttp.Answer;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The sandbox never answers with an empty reply: a handler that throws is logged with its stack trace and answered
 * with a 500 that says so (an HTML page, or the REST API's error JSON on REST paths), and an export whose issues lack
 * what the pages need is either read completely or refused at import, naming the file, the issue and the field.
 */
public class SandboxFailuresTest {
    private static final Clock MID_Q1 = Clock.fixed(Instant.parse("2026-02-15T10:00:00Z"), ZoneOffset.UTC);
    private static final String FAILURE = "a handler's own failure";
    private static final Pattern REFERENCE = Pattern.compile("reference ([0-9a-f]+)");

    @ClassRule
    public static final TemporaryFolder FOLDERS = new TemporaryFolder();

    private static Sandbox sandbox;
    private static SandboxHttp http;

    @BeforeClass
    public static void startOnAnExportMissingATypeId() throws IOException {
        // OKR-2 lacks issuetype.id: it takes the id the export gives the Objective type on OKR-1 and OKR-6
        ExportFiles export = ExportFiles.standard(FOLDERS.newFolder("export").toPath())
                .editIssue(ExportFiles.PAGE_1, "OKR-2", ExportFiles::withoutTypeId);
        sandbox = Sandbox.start(SandboxOptions.defaults()
                .withPort(0)
                .withData(FOLDERS.getRoot().toPath().resolve("data"))
                .withClock(MID_Q1)
                .importing(export.pagePaths(), export.mapping()));
        sandbox.serve("/failing/", exchange -> {
            throw new IllegalStateException(FAILURE);
        });
        sandbox.serve(SandboxHttp.API + "failing", exchange -> {
            throw new IllegalStateException(FAILURE);
        });
        http = new SandboxHttp(sandbox);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void aPageHandlerThatThrowsIsAnswered500WithATranslatedPageAndLoggedWithItsStackTrace() {
        Logged<Answer> logged = logged(() -> http.get("/failing/page", Persona.ADMIN));
        Answer answer = logged.result();

        assertEquals(500, answer.status());
        assertEquals("text/html;charset=UTF-8", answer.contentType());
        String reference = reference(answer.body());
        String message = sandbox.texts().text("okr.sandbox.error.message").replace("{0}", reference);
        assertTrue(answer.body(), answer.body().contains(message));
        assertTrue(answer.body(), answer.body().contains(sandbox.texts().text("okr.sandbox.error.title")));
        assertTrue(
                logged.log(),
                logged.log().contains("The sandbox could not answer GET /failing/page (reference " + reference + ")"));
        assertTrue(logged.log(), logged.log().contains("java.lang.IllegalStateException: " + FAILURE));
        assertTrue("with its stack trace: " + logged.log(), logged.log().contains("\tat "));
    }

    @Test
    public void aRestHandlerThatThrowsIsAnswered500WithTheRestApisErrorJson() {
        Logged<Answer> logged = logged(() -> http.get(SandboxHttp.API + "failing", Persona.VIEWER));
        Answer answer = logged.result();

        assertEquals(500, answer.status());
        assertTrue(answer.contentType(), answer.contentType().startsWith("application/json"));
        JsonNode body = answer.json();
        assertEquals(500, body.get("status").asInt());
        assertTrue(body.get("field").isNull());
        String reference = reference(body.get("message").asText());
        assertEquals(
                sandbox.texts().text("okr.sandbox.error.message").replace("{0}", reference),
                body.get("message").asText());
        assertTrue(logged.log(), logged.log().contains("(reference " + reference + ")"));
    }

    @Test
    public void anIssueWhoseTypeIdTheImportDerivedShowsItsIssueViewWithTheAppsPanel() {
        Answer page = http.get("/browse/OKR-2", Persona.ADMIN);

        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("data-okr-panel=\"OBJECTIVE\""));
        assertTrue(page.body().contains("data-issue-key=\"OKR-2\""));
    }

    @Test
    public void anImportWhoseIssuesLackTheirTypeIdsIsRefusedAtStartNamingFileIssueAndField() throws IOException {
        ExportFiles export = ExportFiles.standard(
                        FOLDERS.newFolder("no-type-ids").toPath())
                .editEveryIssue(ExportFiles.PAGE_1, ExportFiles::withoutTypeId)
                .editEveryIssue(ExportFiles.PAGE_2, ExportFiles::withoutTypeId);
        Path data = FOLDERS.getRoot().toPath().resolve("refused");
        List<String> arguments = new ArrayList<>(List.of("--port", "0", "--data", data.toString()));
        export.pagePaths().forEach(page -> arguments.addAll(List.of("--import", page.toString())));
        arguments.addAll(List.of("--mapping", export.mapping().toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = SandboxMain.run(
                arguments.toArray(String[]::new),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message, message.startsWith("13 problems in the Jira export, nothing was imported:"));
        assertTrue(
                message,
                message.contains("export-1.json: OKR-1: issuetype.id is missing, and no other issue of type"
                        + " \"Objective\" in the export has it"));
        assertFalse(Files.exists(data));
    }

    /** The reference an error message gives: the hexadecimal word after "reference". */
    private static String reference(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        assertTrue(text, matcher.find());
        return matcher.group(1);
    }

    /** What {@code action} returned, with what the sandbox logged meanwhile (slf4j-simple writes to System.err). */
    private record Logged<T>(T result, String log) {}

    private static <T> Logged<T> logged(Supplier<T> action) {
        PrintStream before = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            T result = action.get();
            return new Logged<>(result, log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(before);
        }
    }
}
