package io.okrscorecard.sandbox.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/**
 * Jira's AUI on the stand-in pages, with a small stand-in of the fetched files on the test classpath
 * ({@code sandbox/aui-fixture/}), so these run where npm is missing too.
 */
public class AuiTest {
    private static final String FIXTURE = "sandbox/aui-fixture/";
    private static final String AUI_PATH = PluginResources.DOWNLOAD_PATH + Aui.WEB_RESOURCE + "/";

    private final PluginTexts texts = PluginTexts.load();
    private final Aui aui = Aui.onClasspath(FIXTURE);
    private final Aui missing = Aui.onClasspath("sandbox/no-aui-here/");
    private HttpServer server;

    @After
    public void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    public void fetchedAuiComesAsJiraLoadsItStylesheetJQueryContextPathThenAuisScript() {
        assertTrue(aui.present());
        assertEquals("10.0.0-fixture", aui.version());

        assertEquals(
                List.of(
                        "<link rel=\"stylesheet\" href=\"" + AUI_PATH + "aui-prototyping.css\">",
                        "<script src=\"/download/resources/com.atlassian.plugins.jquery:jquery/jquery.min.js\"></script>",
                        "<script>window.AJS = window.AJS || {}; window.AJS.contextPath = function () { return ''; };"
                                + "</script>",
                        "<script src=\"" + AUI_PATH + "aui-prototyping.js\"></script>"),
                List.of(aui.headTags().split("\n")));
        assertEquals("", aui.missing(texts));
        assertEquals("<html><body>x</body></html>", aui.withNote("<html><body>x</body></html>", texts));
    }

    @Test
    public void missingAuiGivesNoTagsAndEveryStandInPageANoteSayingHowToFetchIt() {
        assertFalse(missing.present());
        assertThrows(IllegalStateException.class, missing::version);
        assertEquals("", missing.headTags());

        String note = missing.missing(texts);
        assertEquals(texts.text("okr.sandbox.aui.missing").replace("{0}", Aui.FETCH_COMMAND), note);
        assertTrue(note, note.startsWith("AUI not found") && note.contains("mvn generate-test-resources"));
        String page = missing.withNote("<html><head></head><body class=\"aui-layout\">\n<p>x</p></body></html>", texts);
        assertTrue(
                page,
                page.startsWith("<html><head></head><body class=\"aui-layout\">\n<div id=\"okr-sandbox-aui-missing\""));
        assertTrue(page, page.contains(">" + JiraStyleVelocity.Escaping.escape(note) + "</div>\n\n<p>x</p>"));
    }

    @Test
    public void aPageGetsAuiWhenOneOfItsWebResourcesDependsOnIt() {
        String descriptor = String.join(
                "\n",
                "<atlassian-plugin key=\"io.example.app\">",
                "  <web-resource key=\"with-aui\">",
                "    <dependency>com.atlassian.auiplugin:ajs</dependency>",
                "    <resource type=\"download\" name=\"a.js\" location=\"js/a.js\"/>",
                "    <context>with</context>",
                "  </web-resource>",
                "  <web-resource key=\"without-aui\">",
                "    <resource type=\"download\" name=\"b.js\" location=\"js/b.js\"/>",
                "    <context>without</context>",
                "  </web-resource>",
                "</atlassian-plugin>");
        PluginResources resources = PluginResources.parse(
                        new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)))
                .withAui(aui);

        assertEquals(
                List.of("com.atlassian.auiplugin:ajs"),
                resources.webResource("with-aui").hostDependencies());
        assertEquals(aui.headTags(), resources.hostTagsFor("with"));
        assertEquals(aui.headTags(), resources.hostTagsFor("without", "with"));
        assertEquals("", resources.hostTagsFor("without"));
        assertEquals("", resources.withAui(missing).hostTagsFor("with"));
    }

    @Test
    public void everyPageOfTheAppDependsOnAui() {
        PluginResources resources = PluginResources.fromClasspath().withAui(aui);

        for (String context : List.of("okr-scorecard-admin", "atl.dashboard", "jira.view.issue")) {
            assertEquals(context, aui.headTags(), resources.hostTagsFor(context));
        }
    }

    @Test
    public void servesAuisFilesAtJirasDownloadPathsAndNothingElseOfTheFolder() throws Exception {
        String origin = serve(PluginResources.fromClasspath().withAui(aui));

        HttpResponse<String> css = get(origin + AUI_PATH + "aui-prototyping.css");
        assertEquals(200, css.statusCode());
        assertEquals(
                "text/css;charset=UTF-8",
                css.headers().firstValue("Content-Type").orElse(""));
        assertTrue(css.body(), css.body().contains(".aui-button"));
        HttpResponse<String> font = get(origin + AUI_PATH + "fonts/adgs-icons.woff");
        assertEquals(200, font.statusCode());
        assertEquals("font/woff", font.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                200,
                get(origin + "/download/resources/com.atlassian.plugins.jquery:jquery/jquery.min.js")
                        .statusCode());
        assertEquals(
                200,
                get(origin + "/download/resources/okr-common-resources/okr-dom.js")
                        .statusCode());

        for (String refused : List.of(
                AUI_PATH + "versions.properties",
                AUI_PATH + "fonts/../versions.properties",
                AUI_PATH + "no-such-file.css",
                AUI_PATH + "fonts/a/b.woff",
                "/download/resources/com.atlassian.plugins.jquery:jquery/aui-prototyping.js")) {
            assertEquals(refused, 404, get(origin + refused).statusCode());
        }
        String missingOrigin = serve(PluginResources.fromClasspath().withAui(missing));
        assertEquals(404, get(missingOrigin + AUI_PATH + "aui-prototyping.css").statusCode());
    }

    private String serve(PluginResources resources) throws IOException {
        if (server != null) {
            server.stop(0);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PluginResources.DOWNLOAD_PATH, exchange -> resources.serve(exchange, texts));
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
