package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;

import io.okrscorecard.core.rollup.WorkSearch;
import io.okrscorecard.jira.jql.KeyResultWorkFunction;
import io.okrscorecard.jira.jql.KeyResultsFunction;
import io.okrscorecard.jira.jql.ObjectiveWorkFunction;
import io.okrscorecard.sandbox.web.PluginResources;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The app's JQL functions as atlassian-plugin.xml declares them: one {@code <jql-function>} per function, named as the
 * app's own searches ({@link WorkSearch}) and the user guide name it, a list function (used with IN), created by Jira
 * through the plugin's Spring context with its constructor injected by type, so every parameter type needs exactly one
 * bean in plugin-context.xml.
 */
public class JqlFunctionWiringTest {
    private final PluginResources descriptor = PluginResources.fromClasspath();

    @Test
    public void eachFunctionIsAListModuleWithItsNameAndClass() {
        Map<String, String> classByName = new TreeMap<>();
        for (Element function : descriptor.elements("jql-function")) {
            assertEquals("true", text(function, "list"));
            classByName.put(text(function, "fname"), function.getAttribute("class"));
        }
        assertEquals(
                Map.of(
                        WorkSearch.KEY_RESULT_WORK, KeyResultWorkFunction.class.getName(),
                        WorkSearch.OBJECTIVE_WORK, ObjectiveWorkFunction.class.getName(),
                        WorkSearch.KEY_RESULTS, KeyResultsFunction.class.getName()),
                classByName);
    }

    @Test
    public void everyConstructorParameterHasExactlyOneCandidateInTheSpringContext() throws Exception {
        List<Class<?>> provided = AdminServletWiringTest.providedTypes();
        List<String> problems = new ArrayList<>();
        for (Class<?> created :
                List.of(KeyResultWorkFunction.class, ObjectiveWorkFunction.class, KeyResultsFunction.class)) {
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

    private static String text(Element parent, String tag) {
        List<Element> children = PluginResources.children(parent, tag);
        assertEquals(parent.getAttribute("key") + " <" + tag + ">", 1, children.size());
        return children.get(0).getTextContent().trim();
    }
}
