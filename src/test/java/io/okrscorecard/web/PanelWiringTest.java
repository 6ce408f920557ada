package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;

import io.okrscorecard.sandbox.web.PluginResources;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The issue panel as atlassian-plugin.xml declares it: on the right of Jira's issue view, rendering the panel template,
 * with the app's condition and context provider, which Jira creates through the plugin's Spring context injecting
 * their constructors by type, so every parameter type needs exactly one bean or OSGi reference in plugin-context.xml.
 * Its script and styles come with the issue view's web-resource context.
 */
public class PanelWiringTest {
    private final PluginResources descriptor = PluginResources.fromClasspath();

    @Test
    public void thePanelIsOnTheIssueViewWithTheAppsTemplateConditionAndContextProvider() {
        Element panel = onlyPanel();

        assertEquals("atl.jira.view.issue.right.context", panel.getAttribute("location"));
        Element resource = only(PluginResources.children(panel, "resource"));
        assertEquals("velocity", resource.getAttribute("type"));
        assertEquals("view", resource.getAttribute("name"));
        assertEquals(IssuePanelContextProvider.TEMPLATE, resource.getAttribute("location"));
        assertEquals(
                IssuePanelContextProvider.class.getName(),
                only(PluginResources.children(panel, "context-provider")).getAttribute("class"));
        assertEquals(
                OkrIssueCondition.class.getName(),
                only(PluginResources.children(panel, "condition")).getAttribute("class"));
        assertEquals(
                "okr.panel.label",
                only(PluginResources.children(panel, "label")).getAttribute("key"));
    }

    @Test
    public void theScriptAndStylesComeWithTheIssueView() {
        PluginResources.WebResource resources = descriptor.webResource("okr-panel-resources");

        assertEquals(List.of("jira.view.issue"), resources.contexts());
        assertEquals(List.of("okr-common-resources"), resources.dependencies());
        assertEquals("js/okr-panel.js", resources.downloads().get("okr-panel.js"));
        assertEquals("css/okr-panel.css", resources.downloads().get("okr-panel.css"));
    }

    @Test
    public void everyConstructorParameterHasExactlyOneCandidateInTheSpringContext() throws Exception {
        List<Class<?>> provided = AdminServletWiringTest.providedTypes();
        List<String> problems = new ArrayList<>();
        for (Class<?> created : List.of(IssuePanelContextProvider.class, OkrIssueCondition.class)) {
            Constructor<?>[] constructors = created.getConstructors();
            assertEquals(created + ": one public constructor, so autowiring has no choice", 1, constructors.length);
            for (Class<?> parameter : constructors[0].getParameterTypes()) {
                long candidates =
                        provided.stream().filter(parameter::isAssignableFrom).count();
                if (candidates != 1) {
                    problems.add(created.getSimpleName() + "(" + parameter.getName() + "): " + candidates);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private Element onlyPanel() {
        List<Element> panels = new ArrayList<>();
        for (Element panel : descriptor.elements("web-panel")) {
            if ("okr-issue-panel".equals(panel.getAttribute("key"))) {
                panels.add(panel);
            }
        }
        return only(panels);
    }

    private static Element only(List<Element> elements) {
        assertEquals(elements.toString(), 1, elements.size());
        return elements.get(0);
    }
}
