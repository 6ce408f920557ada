package io.okrscorecard.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The app's atlassian-plugin.xml read from the classpath, and its web-resources served as Jira serves them: the download
 * resources of web-resource {@code key} at {@value #DOWNLOAD_PATH}{@code key/name}. Pages that stand in for Jira's put
 * the resources of a web-resource context in their head with {@link #tagsFor}, as Jira's decorators do: after the
 * plugin's own web-resources they depend on ({@link #loadOrder}). Of Jira's web-resources that they depend on, AUI's
 * {@code ajs} is the real AUI ({@link Aui}, its tags first: {@link #hostTagsFor}); for WRM's {@code i18n} the scripts
 * get their texts when served, as Jira's jsI18n transformer does.
 */
public final class PluginResources {
    /** Where Jira serves a plugin's download resources (the path without the batching Jira adds). */
    public static final String DOWNLOAD_PATH = "/download/resources/";

    private final Document descriptor;
    private final Aui aui;
    /** Web-resource key → the web-resource, in file order. */
    private final Map<String, WebResource> webResources = new LinkedHashMap<>();

    /**
     * One {@code <web-resource>}: its key, the contexts it is in, the keys of the plugin's web-resources it depends on
     * (its {@code <dependency>} elements that name this plugin, in file order), the complete keys of Jira's
     * web-resources it depends on (the other {@code <dependency>} elements, e.g. {@value Aui#WEB_RESOURCE}), its
     * download resources (name → location), and whether its scripts go through Jira's {@code jsI18n} transformer.
     */
    public record WebResource(
            String key,
            List<String> contexts,
            List<String> dependencies,
            List<String> hostDependencies,
            Map<String, String> downloads,
            boolean jsI18n) {}

    /**
     * A call of {@code AJS.I18n.getText} with a literal key, which Jira's {@code jsI18n} transformer replaces by the
     * text when it serves the script ("Adding a JavaScript i18n transformer", developer.atlassian.com). The stand-in
     * supports the form without arguments; scripts format their own placeholders.
     */
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.-]+)\\1\\s*\\)");

    private PluginResources(Document descriptor, Aui aui) {
        this.descriptor = descriptor;
        this.aui = aui;
        // a dependency on one of the plugin's own web-resources is "plugin key:module key"
        String pluginKey = descriptor.getDocumentElement().getAttribute("key");
        for (Element element : elements("web-resource")) {
            List<String> contexts = new ArrayList<>();
            for (Element context : children(element, "context")) {
                contexts.add(context.getTextContent().trim());
            }
            List<String> dependencies = new ArrayList<>();
            List<String> hostDependencies = new ArrayList<>();
            for (Element dependency : children(element, "dependency")) {
                String complete = dependency.getTextContent().trim();
                if (complete.startsWith(pluginKey + ":")) {
                    dependencies.add(complete.substring(pluginKey.length() + 1));
                } else {
                    hostDependencies.add(complete);
                }
            }
            Map<String, String> downloads = new LinkedHashMap<>();
            for (Element resource : children(element, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    downloads.put(resource.getAttribute("name"), resource.getAttribute("location"));
                }
            }
            boolean jsI18n = false;
            for (Element transformation : children(element, "transformation")) {
                for (Element transformer : children(transformation, "transformer")) {
                    jsI18n |= "js".equals(transformation.getAttribute("extension"))
                            && "jsI18n".equals(transformer.getAttribute("key"));
                }
            }
            String key = element.getAttribute("key");
            // unmodifiable, not Map.copyOf: the downloads keep the descriptor's order (Map.copyOf's differs per JVM
            // run)
            webResources.put(
                    key,
                    new WebResource(
                            key,
                            List.copyOf(contexts),
                            List.copyOf(dependencies),
                            List.copyOf(hostDependencies),
                            Collections.unmodifiableMap(downloads),
                            jsI18n));
        }
    }

    /** The descriptor on the classpath ({@code atlassian-plugin.xml}, as Maven's resource filtering wrote it). */
    public static PluginResources fromClasspath() {
        try (InputStream in = PluginResources.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A descriptor read from {@code in}, with AUI from the classpath. */
    static PluginResources parse(InputStream in) {
        try {
            return new PluginResources(
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in), Aui.fromClasspath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("atlassian-plugin.xml is not well-formed", e);
        }
    }

    /** The same descriptor with {@code other} as Jira's AUI (e.g. a missing one). */
    public PluginResources withAui(Aui other) {
        return new PluginResources(descriptor, other);
    }

    /** Jira's AUI as the pages load it. */
    public Aui aui() {
        return aui;
    }

    /** Every element named {@code tag} in the descriptor, in file order (modules such as dashboard-item, web-panel). */
    public List<Element> elements(String tag) {
        NodeList found = descriptor.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            result.add((Element) found.item(i));
        }
        return result;
    }

    /** The direct children of {@code parent} named {@code tag}. */
    public static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && tag.equals(element.getTagName())) {
                result.add(element);
            }
        }
        return result;
    }

    /** The web-resources in {@code context}, in file order. */
    public List<WebResource> inContext(String context) {
        return webResources.values().stream()
                .filter(webResource -> webResource.contexts().contains(context))
                .toList();
    }

    /** The web-resource with {@code key}; fails when the descriptor has none. */
    public WebResource webResource(String key) {
        WebResource found = webResources.get(key);
        if (found == null) {
            throw new IllegalArgumentException("no web-resource " + key + " in atlassian-plugin.xml");
        }
        return found;
    }

    /**
     * The web-resources of the contexts and the plugin's web-resources they depend on, in the order a page loads them,
     * as Jira's web resource manager does: the contexts' in file order, each after its dependencies, each once. Fails
     * for a dependency on a web-resource the descriptor lacks and for web-resources that depend on each other.
     */
    public List<WebResource> loadOrder(String... contexts) {
        Map<String, WebResource> loaded = new LinkedHashMap<>();
        for (String context : contexts) {
            for (WebResource webResource : inContext(context)) {
                load(webResource, loaded, new ArrayList<>());
            }
        }
        return List.copyOf(loaded.values());
    }

    private void load(WebResource webResource, Map<String, WebResource> loaded, List<String> dependents) {
        if (loaded.containsKey(webResource.key())) {
            return;
        }
        if (dependents.contains(webResource.key())) {
            throw new IllegalStateException("web-resources depend on each other: " + String.join(" -> ", dependents)
                    + " -> " + webResource.key());
        }
        dependents.add(webResource.key());
        for (String dependency : webResource.dependencies()) {
            load(webResource(dependency), loaded, dependents);
        }
        dependents.remove(webResource.key());
        loaded.put(webResource.key(), webResource);
    }

    /**
     * The tags of Jira's web-resources that the web-resources of the contexts depend on, to come first in a page's head:
     * AUI's ({@link Aui#headTags}, empty when it is missing) when one of them depends on {@value Aui#WEB_RESOURCE}.
     */
    public String hostTagsFor(String... contexts) {
        boolean needsAui = loadOrder(contexts).stream()
                .anyMatch(webResource -> webResource.hostDependencies().contains(Aui.WEB_RESOURCE));
        return needsAui ? aui.headTags() : "";
    }

    /** The {@code <link>} and {@code <script>} tags of every download resource of {@link #loadOrder}, in its order. */
    public String tagsFor(String... contexts) {
        StringBuilder tags = new StringBuilder();
        for (WebResource webResource : loadOrder(contexts)) {
            webResource.downloads().keySet().forEach(name -> {
                String url = DOWNLOAD_PATH + webResource.key() + "/" + name;
                tags.append(
                        name.endsWith(".css")
                                ? "<link rel=\"stylesheet\" href=\"" + url + "\">\n"
                                : "<script src=\"" + url + "\"></script>\n");
            });
        }
        return tags.toString();
    }

    /**
     * Serves {@value #DOWNLOAD_PATH}{@code key/name}: the declared resource from the classpath, else 404; scripts of a
     * web-resource with the {@code jsI18n} transformer get their texts from {@code texts}, as Jira serves them. The
     * files of AUI's and jQuery's web-resources come from {@link Aui}.
     */
    public void serve(HttpExchange exchange, PluginTexts texts) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String rest = path.startsWith(DOWNLOAD_PATH) ? path.substring(DOWNLOAD_PATH.length()) : "";
        if (aui.serves(rest)) {
            aui.serve(exchange, rest);
            return;
        }
        int slash = rest.indexOf('/');
        WebResource webResource = slash < 0 ? null : webResources.get(rest.substring(0, slash));
        String location = webResource == null ? null : webResource.downloads().get(rest.substring(slash + 1));
        if (location == null) {
            Responses.send(exchange, 404, "text/plain;charset=UTF-8", new byte[0]);
            return;
        }
        try (InputStream in = PluginResources.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is declared in atlassian-plugin.xml but missing");
            }
            byte[] body = in.readAllBytes();
            if (webResource.jsI18n() && location.endsWith(".js")) {
                body = withTexts(new String(body, StandardCharsets.UTF_8), texts)
                        .getBytes(StandardCharsets.UTF_8);
            }
            Responses.send(exchange, 200, Responses.contentTypeOf(location), body);
        }
    }

    /** {@code script} with each {@code AJS.I18n.getText('key')} replaced by the key's text as a string literal. */
    static String withTexts(String script, PluginTexts texts) {
        Matcher call = GET_TEXT.matcher(script);
        StringBuilder out = new StringBuilder(script.length());
        while (call.find()) {
            call.appendReplacement(out, Matcher.quoteReplacement(jsString(texts.text(call.group(2)))));
        }
        call.appendTail(out);
        return out.toString();
    }

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '<' -> out.append("\\u003c");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
