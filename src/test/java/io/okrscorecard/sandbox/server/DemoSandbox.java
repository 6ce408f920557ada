package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.WebDriver;

/**
 * The sandbox with the demo organisation on a fixed day in the middle of 2026-Q4, on a free port and a fresh data
 * folder, started once for a test class ({@code @ClassRule}); with what those tests do to it: call it as a persona
 * ({@link #http()}), act as a persona in the browser, and call the REST API as the administrator.
 */
public final class DemoSandbox extends ExternalResource {

    /** The sandbox's clock: 2026-11-16, half-way through the demo's running cycle. */
    public static final Clock MID_Q4 = Clock.fixed(Instant.parse("2026-11-16T10:00:00Z"), ZoneOffset.UTC);

    private static final String API = "/rest/okr-scorecard/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final TemporaryFolder folders = new TemporaryFolder();
    private final UnaryOperator<SandboxOptions> options;
    private Sandbox sandbox;
    private SandboxHttp http;

    public DemoSandbox() {
        this(UnaryOperator.identity());
    }

    /** A demo sandbox whose options {@code options} adjusts, e.g. {@code o -> o.withAui(aui)}. */
    public DemoSandbox(UnaryOperator<SandboxOptions> options) {
        this.options = options;
    }

    @Override
    protected void before() throws IOException {
        folders.create();
        sandbox = Sandbox.start(options.apply(SandboxOptions.defaults()
                .withPort(0)
                .withData(folders.newFolder("demo").toPath())
                .withClock(MID_Q4)));
        assertTrue("the demo organisation was loaded", sandbox.loadedNow());
        http = new SandboxHttp(sandbox);
    }

    @Override
    protected void after() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
        folders.delete();
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** Requests to the sandbox as any persona. */
    public SandboxHttp http() {
        return http;
    }

    public String origin() {
        return sandbox.origin();
    }

    /** Makes the browser act as {@code persona} (the sandbox's user switch sets its cookie) and opens the index. */
    public void actAs(WebDriver driver, Persona persona) {
        driver.get(origin() + SandboxUsers.SWITCH_PATH + "?name=" + persona.userName() + "&back="
                + URLEncoder.encode("/", StandardCharsets.UTF_8));
    }

    /** A GET of the REST API as the administrator; anything but 200 fails the test with the answer. */
    public JsonNode api(String path) {
        return api("GET", path, null);
    }

    /** A call of the REST API as the administrator, with a JSON body or none; anything but 200 fails the test. */
    public JsonNode api(String method, String path, String body) {
        return api(method, path, body, 200);
    }

    /**
     * A call of the REST API as the administrator, with a JSON body or none; anything but {@code status} fails the
     * test. The answer's JSON, a missing node for an empty answer (204).
     */
    public JsonNode api(String method, String path, String body, int status) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + API + path))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", Persona.ADMIN.cookieHeader());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(method + " " + path + ": " + response.body(), status, response.statusCode());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
