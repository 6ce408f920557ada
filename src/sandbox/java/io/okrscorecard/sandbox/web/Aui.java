package io.okrscorecard.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Jira's AUI on the sandbox's stand-in pages: the real AUI 10 (the prototyping bundle of {@code @atlassian/aui}: its
 * CSS, script, fonts and icons) and the jQuery 3 it needs before it, as the build fetched them from npm onto the
 * classpath ({@code src/build/FetchAui.java}, folder {@value #FOLDER}). Jira loads both before any app's web-resources
 * (the app's declare a dependency on AUI's {@value #WEB_RESOURCE}); the pages put {@link #headTags} first in their head
 * and the files are served at Jira's download paths of those two web-resources. {@code window.AJS} is AUI's own.
 *
 * <p>What Jira gives outside AUI stays a stand-in: {@code AJS.contextPath()}, which Jira's web resource manager
 * provides (AUI 10's bundle only re-exports a {@code contextPath} it finds on the page), is the empty context path of
 * the sandbox; {@code AJS.I18n.getText} calls are replaced on the server ({@link PluginResources}), as Jira's jsI18n
 * transformer does.
 *
 * <p>Without the files (the build found no npm or registry) the pages are unstyled; {@link #missing} says so in the
 * start's output and {@link #withNote} on every stand-in page.
 */
public final class Aui {
    /** AUI's web-resource that the app's web-resources depend on. */
    public static final String WEB_RESOURCE = "com.atlassian.auiplugin:ajs";
    /** Jira's jQuery web-resource, which AUI's depends on. */
    public static final String JQUERY_WEB_RESOURCE = "com.atlassian.plugins.jquery:jquery";
    /** The classpath folder the build fetches into. */
    public static final String FOLDER = "okr-sandbox-aui/";
    /** The command that fetches the files. */
    public static final String FETCH_COMMAND = "mvn generate-test-resources";

    static final String CSS = "aui-prototyping.css";
    static final String SCRIPT = "aui-prototyping.js";
    static final String JQUERY = "jquery.min.js";
    private static final String VERSIONS = "versions.properties";
    /** What may be asked of the folder: its files and those of its {@code fonts/} and {@code images/}. */
    private static final Pattern SERVED_NAME = Pattern.compile("(?:(?:fonts|images)/)?[a-z0-9][a-z0-9.-]*");
    /**
     * Jira's context path, for {@code AJS.contextPath()}: the sandbox serves everything at its root. Set before AUI's
     * script, as Jira's web resource manager does, since AUI's bundle takes the {@code contextPath} it finds when it
     * loads.
     */
    private static final String CONTEXT_PATH_STAND_IN = "<script>window.AJS = window.AJS || {};"
            + " window.AJS.contextPath = function () { return ''; };</script>\n";

    private final String folder;
    private final Properties versions;

    private Aui(String folder, Properties versions) {
        this.folder = folder;
        this.versions = versions;
    }

    /** AUI where the build fetches it. */
    public static Aui fromClasspath() {
        return onClasspath(FOLDER);
    }

    /**
     * AUI in the classpath folder {@code folder} (ending in {@code /}); missing unless the folder holds its CSS, script,
     * jQuery and the versions file the fetch writes last.
     */
    public static Aui onClasspath(String folder) {
        for (String name : List.of(CSS, SCRIPT, JQUERY)) {
            if (resource(folder + name) == null) {
                return new Aui(folder, null);
            }
        }
        URL versionsFile = resource(folder + VERSIONS);
        if (versionsFile == null) {
            return new Aui(folder, null);
        }
        Properties versions = new Properties();
        try (InputStream in = versionsFile.openStream()) {
            versions.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Aui(folder, versions);
    }

    public boolean present() {
        return versions != null;
    }

    /** The AUI version served, e.g. {@code 10.0.4}; fails when it is missing. */
    public String version() {
        if (versions == null) {
            throw new IllegalStateException("AUI is missing");
        }
        return versions.getProperty("aui");
    }

    /** The line the sandbox prints at its start when the files are missing, else empty. */
    public String missing(PluginTexts texts) {
        return present() ? "" : texts.text("okr.sandbox.aui.missing").replace("{0}", FETCH_COMMAND);
    }

    /**
     * The head's first tags, as Jira's page has them before any app's web-resources: AUI's stylesheet, jQuery, the
     * context path stand-in and AUI's script; nothing when AUI is missing.
     */
    public String headTags() {
        if (!present()) {
            return "";
        }
        String aui = PluginResources.DOWNLOAD_PATH + WEB_RESOURCE + "/";
        return "<link rel=\"stylesheet\" href=\"" + aui + CSS + "\">\n"
                + "<script src=\"" + PluginResources.DOWNLOAD_PATH + JQUERY_WEB_RESOURCE + "/" + JQUERY
                + "\"></script>\n"
                + CONTEXT_PATH_STAND_IN
                + "<script src=\"" + aui + SCRIPT + "\"></script>\n";
    }

    /**
     * {@code page} with, when AUI is missing, a visible note after its {@code <body>} that says the page is unstyled
     * and how to fetch AUI; {@code page} itself when AUI is there.
     */
    public String withNote(String page, PluginTexts texts) {
        if (present()) {
            return page;
        }
        String note = "<div id=\"okr-sandbox-aui-missing\" role=\"note\" style=\"margin: 0; padding: 8px 16px;"
                + " background: #fffae6; color: #172b4d; border-bottom: 1px solid #ffe380; font: 14px sans-serif;\">"
                + JiraStyleVelocity.Escaping.escape(missing(texts)) + "</div>\n";
        int body = page.indexOf("<body");
        int open = body < 0 ? -1 : page.indexOf('>', body);
        return open < 0 ? note + page : page.substring(0, open + 1) + "\n" + note + page.substring(open + 1);
    }

    /**
     * Whether {@code path} (after {@link PluginResources#DOWNLOAD_PATH}) names a file of AUI's or jQuery's
     * web-resource.
     */
    boolean serves(String path) {
        return path.startsWith(WEB_RESOURCE + "/") || path.startsWith(JQUERY_WEB_RESOURCE + "/");
    }

    /** Serves a file of AUI's web-resource (its CSS, script, fonts, icons) or jQuery's, else 404. */
    void serve(HttpExchange exchange, String path) throws IOException {
        String name = null;
        if (path.startsWith(WEB_RESOURCE + "/")) {
            name = path.substring(WEB_RESOURCE.length() + 1);
        } else if (path.equals(JQUERY_WEB_RESOURCE + "/" + JQUERY)) {
            name = JQUERY;
        }
        URL file = name == null || !SERVED_NAME.matcher(name).matches() ? null : resource(folder + name);
        if (file == null || name.equals(VERSIONS)) {
            Responses.send(exchange, 404, "text/plain;charset=UTF-8", new byte[0]);
            return;
        }
        try (InputStream in = file.openStream()) {
            Responses.send(exchange, 200, contentTypeOf(name), in.readAllBytes());
        }
    }

    private static String contentTypeOf(String name) {
        if (name.endsWith(".woff")) {
            return "font/woff";
        }
        if (name.endsWith(".ttf")) {
            return "font/ttf";
        }
        if (name.endsWith(".eot")) {
            return "application/vnd.ms-fontobject";
        }
        return Responses.contentTypeOf(name);
    }

    private static URL resource(String location) {
        return Aui.class.getClassLoader().getResource(location);
    }
}
