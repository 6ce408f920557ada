package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.sandbox.web.PluginResources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * Static checks of the browser helpers the page scripts share ({@code js/okr-dom.js}) and of the web-resource that
 * serves them, in atlassian-plugin.xml as written (before Maven's filtering).
 */
public class DomScriptTest {
    static final Path SCRIPT = Paths.get("src/main/resources/js/okr-dom.js");
    private static final Path DESCRIPTOR = Paths.get("atlassian-plugin.xml");
    private static final String WEB_RESOURCE = "okr-common-resources";
    /** The scripts that use the helpers, by the key of their web-resource. */
    private static final List<String> PAGE_WEB_RESOURCES =
            List.of("okr-admin-resources", "okr-gadget-resources", "okr-panel-resources");

    private static final List<Path> PAGE_SCRIPTS = List.of(
            Paths.get("src/main/resources/js/okr-admin.js"),
            Paths.get("src/main/resources/js/okr-gadget.js"),
            Paths.get("src/main/resources/js/okr-panel.js"));

    /** A string literal of the script. */
    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\\\n]|\\\\.)*)'");

    @Test
    public void theHelpersAreAWebResourceOfTheirOwnInNoContext() {
        Element webResource = webResource(WEB_RESOURCE);

        assertEquals(List.of(), texts(webResource, "context"));
        assertEquals(List.of(), texts(webResource, "dependency"));
        List<String> locations = new ArrayList<>();
        for (Element resource : PluginResources.children(webResource, "resource")) {
            assertEquals("download", resource.getAttribute("type"));
            locations.add(resource.getAttribute("location"));
        }
        assertEquals(List.of("js/okr-dom.js"), locations);
    }

    @Test
    public void everyPageWebResourceDependsOnTheHelpersByThePluginsKey() {
        for (String key : PAGE_WEB_RESOURCES) {
            assertTrue(key, texts(webResource(key), "dependency").contains("${atlassian.plugin.key}:" + WEB_RESOURCE));
        }
    }

    @Test
    public void thePageScriptsUseTheHelpersInsteadOfTheirOwn() throws IOException {
        for (Path page : PAGE_SCRIPTS) {
            String script = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(page.toString(), script.contains("var dom = window.okrScorecard.dom;"));
            for (String own : List.of(
                    "function el(",
                    "function svg(",
                    "function fill(",
                    "function clear(",
                    "function findField(",
                    "function parseTexts(",
                    "window.fetch",
                    "XMLHttpRequest")) {
                assertFalse(page + " has " + own, script.contains(own));
            }
        }
        assertTrue(script().contains("window.okrScorecard.dom = {"));
    }

    @Test
    public void requestsSendJsonSoJiraXsrfProtectionHolds() throws IOException {
        String script = script();

        assertTrue(script.contains("credentials: 'same-origin'"));
        assertTrue(script.contains("options.headers['Content-Type'] = 'application/json'"));
        assertTrue(script.contains("options.body = JSON.stringify(body)"));
        assertFalse("no XSRF bypass", script.contains("X-Atlassian-Token"));
    }

    @Test
    public void theDomIsBuiltWithoutParsingHtml() throws IOException {
        String script = script();

        assertTrue(script.contains("node.textContent = String(value)"));
        assertTrue(script.contains("document.createTextNode(child)"));
        for (String sink : List.of(
                "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", ".html(")) {
            assertFalse(sink, script.contains(sink));
        }
    }

    /** Every visible text comes from the pages' bundles: the helpers name no key and hold no words of their own. */
    @Test
    public void theHelpersShowNoTextOfTheirOwn() throws IOException {
        String script = script();
        assertFalse(script.contains("AJS.I18n"));

        List<String> texts = new ArrayList<>();
        for (String line : script.split("\n")) {
            String code = line.trim();
            if (code.startsWith("*")
                    || code.startsWith("/*")
                    || code.startsWith("//")
                    || code.equals("'use strict';")) {
                continue;
            }
            Matcher literal = LITERAL.matcher(code);
            while (literal.find()) {
                String value = literal.group(1);
                if (value.startsWith("okr.") || value.matches(".*[A-Za-z]\\s+[A-Za-z].*")) {
                    texts.add(value);
                }
            }
        }
        assertEquals(List.of(), texts);
    }

    private static String script() throws IOException {
        return Files.readString(SCRIPT, StandardCharsets.UTF_8);
    }

    private static Element webResource(String key) {
        for (Element resource : PluginResources.children(descriptor(), "web-resource")) {
            if (key.equals(resource.getAttribute("key"))) {
                return resource;
            }
        }
        throw new AssertionError("no web-resource " + key);
    }

    private static Element descriptor() {
        try (InputStream in = Files.newInputStream(DESCRIPTOR)) {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(in)
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("atlassian-plugin.xml is not well-formed", e);
        }
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        PluginResources.children(parent, tag)
                .forEach(child -> texts.add(child.getTextContent().trim()));
        return texts;
    }
}
