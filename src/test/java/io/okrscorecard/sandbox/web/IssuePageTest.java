package io.okrscorecard.sandbox.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.settings.HostObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The stand-in issue view served over HTTP, without a browser: the real panel on Objective and Key Result issues only,
 * every value of the page escaped, the issue view's web-resources in the head, and 404 for unknown issues.
 */
public class IssuePageTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    private volatile AppSettings settings = AppSettings.defaults();
    private final Map<String, IssuePage.IssueView> issues = Map.of(
            "OKR-1",
                    new IssuePage.IssueView(
                            "OKR-1", "Delight customers", "10100", "Objective", "In Progress", "indeterminate"),
            "OKR-2", new IssuePage.IssueView("OKR-2", HOSTILE, "10101", "Key Result", "To Do", "new"),
            "DEV-3", new IssuePage.IssueView("DEV-3", "A story", "10001", "Story", "Done", "done"));
    private HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @Before
    public void start() throws IOException {
        when(registry.all())
                .thenReturn(
                        Map.of(HostObject.OBJECTIVE_ISSUE_TYPE, "10100", HostObject.KEY_RESULT_ISSUE_TYPE, "10101"));
        IssuePage page = new IssuePage(
                PluginResources.fromClasspath(),
                PluginTexts.load(),
                registry,
                settingsRepository(),
                key -> Optional.ofNullable(issues.get(key)));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(IssuePage.PATH, page::serve);
        server.start();
    }

    @After
    public void stop() {
        server.stop(0);
    }

    @Test
    public void anObjectiveShowsTheAppsPanelWithItsModelAndTheIssueViewsResources() throws Exception {
        HttpResponse<String> page = get("OKR-1");

        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("data-okr-panel=\"OBJECTIVE\""));
        assertTrue(page.body().contains("data-issue-key=\"OKR-1\""));
        assertTrue(page.body().contains("data-rest-base=\"/rest/okr-scorecard/1.0\""));
        assertTrue(page.body()
                .contains("<h4 class=\"toggle-title\">" + PluginTexts.load().text("okr.panel.label")));
        int helpers =
                page.body().indexOf("<script src=\"/download/resources/okr-common-resources/okr-dom.js\"></script>");
        int panel =
                page.body().indexOf("<script src=\"/download/resources/okr-panel-resources/okr-panel.js\"></script>");
        assertTrue(page.body(), helpers > 0 && panel > helpers);
        assertTrue(page.body().contains("/download/resources/okr-panel-resources/okr-panel.css"));
    }

    @Test
    public void theIssuesSummaryIsEscapedOnThePage() throws Exception {
        HttpResponse<String> page = get("OKR-2");

        assertTrue(page.body().contains("data-okr-panel=\"KEY_RESULT\""));
        assertFalse(page.body().contains(HOSTILE));
        assertTrue(page.body().contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    public void aWorkItemShowsTheWorkItemPanelUnlessTheAdminTurnedItOffForItsProject() throws Exception {
        HttpResponse<String> story = get("DEV-3");
        assertEquals(200, story.statusCode());
        assertTrue(story.body().contains("A story"));
        assertTrue(story.body(), story.body().contains("data-okr-panel=\"WORK_ITEM\""));

        settings = AppSettings.defaults().withWorkPanelOffProjects(Set.of("DEV"));
        HttpResponse<String> off = get("DEV-3");
        assertEquals(200, off.statusCode());
        assertFalse(off.body().contains("data-okr-panel"));
        assertTrue("objectives keep their panel", get("OKR-1").body().contains("data-okr-panel=\"OBJECTIVE\""));
    }

    @Test
    public void unknownIssuesAre404() throws Exception {

        assertEquals(404, get("NOPE-9").statusCode());
        HttpResponse<String> malformed = get("%3Cscript%3E-1");
        assertEquals(404, malformed.statusCode());
        assertFalse(malformed.body().contains("<script>-1"));
        assertTrue(malformed.body().contains("&lt;script&gt;-1"));
    }

    /** The settings the page's condition reads: {@link #settings} at each read. */
    private ScorecardSettingsRepository settingsRepository() {
        ScorecardSettingsRepository repository = mock(ScorecardSettingsRepository.class);
        when(repository.appSettings()).thenAnswer(invocation -> settings);
        return repository;
    }

    private HttpResponse<String> get(String key) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + IssuePage.PATH + key);
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
