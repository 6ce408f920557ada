package io.okrscorecard.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The app's atlassian-plugin.xml read from the classpath, and its web-resources served as Jira serves them: the download
 * resources of web-resource {@code key} at {@value #DOWNLOAD_PATH}{@code key/name}. Pages that stand in for Jira's put
 * the resources of a web-resource context in their head with {@link #tagsFor}, as Jira's decorators do.
 */
public final class PluginResources {
    /** Where Jira serves a plugin's download resources (the path without the batching Jira adds). */
    public static final String DOWNLOAD_PATH = "/download/resources/";

    private final Document descriptor;
    /** Web-resource key → its contexts and its download resources (name → classpath location), in file order. */
    private final Map<String, WebResource> webResources = new LinkedHashMap<>();

    /** One {@code <web-resource>}: its key, the contexts it is in and its download resources (name → location). */
    public record WebResource(String key, List<String> contexts, Map<String, String> downloads) {}

    private PluginResources(Document descriptor) {
        this.descriptor = descriptor;
        for (Element element : elements("web-resource")) {
            List<String> contexts = new ArrayList<>();
            for (Element context : children(element, "context")) {
                contexts.add(context.getTextContent().trim());
            }
            Map<String, String> downloads = new LinkedHashMap<>();
            for (Element resource : children(element, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    downloads.put(resource.getAttribute("name"), resource.getAttribute("location"));
                }
            }
            String key = element.getAttribute("key");
            webResources.put(key, new WebResource(key, List.copyOf(contexts), Map.copyOf(downloads)));
        }
    }

    /** The descriptor on the classpath ({@code atlassian-plugin.xml}, as Maven's resource filtering wrote it). */
    public static PluginResources fromClasspath() {
        try (InputStream in = PluginResources.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            return new PluginResources(
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("atlassian-plugin.xml is not well-formed", e);
        }
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

    /** The {@code <link>} and {@code <script>} tags of every download resource of the web-resources in the contexts. */
    public String tagsFor(String... contexts) {
        StringBuilder tags = new StringBuilder();
        for (String context : contexts) {
            for (WebResource webResource : inContext(context)) {
                webResource.downloads().keySet().forEach(name -> {
                    String url = DOWNLOAD_PATH + webResource.key() + "/" + name;
                    tags.append(
                            name.endsWith(".css")
                                    ? "<link rel=\"stylesheet\" href=\"" + url + "\">\n"
                                    : "<script src=\"" + url + "\"></script>\n");
                });
            }
        }
        return tags.toString();
    }

    /** Serves {@value #DOWNLOAD_PATH}{@code key/name}: the declared resource from the classpath, else 404. */
    public void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String rest = path.startsWith(DOWNLOAD_PATH) ? path.substring(DOWNLOAD_PATH.length()) : "";
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
            Responses.send(exchange, 200, Responses.contentTypeOf(location), in.readAllBytes());
        }
    }
}
