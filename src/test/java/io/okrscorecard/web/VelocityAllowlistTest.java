package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Jira 10 refuses any method a template calls unless a {@code <velocity-allowlist>} lists it. Every template declares
 * its view model in a header comment ({@code ## View model: $name fully.qualified.Class}); this test finds every call
 * on it, in every template, and requires each in the descriptor's allowlist.
 */
public class VelocityAllowlistTest {
    private static final Path TEMPLATES = Paths.get("src/main/resources/templates");
    private static final Path DESCRIPTOR = Paths.get("atlassian-plugin.xml");
    private static final Pattern DECLARATION =
            Pattern.compile("^##\\s*View model:\\s*\\$(\\w+)\\s+([\\w.]+)", Pattern.MULTILINE);

    @Test
    public void everyViewModelMethodATemplateCallsIsAllowlisted() throws Exception {
        Set<String> allowlisted = allowlist();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            for (String method : calledMethods(template)) {
                if (!allowlisted.contains(method)) {
                    missing.add(template.getFileName() + ": " + method);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyAllowlistEntryNamesAnExistingPublicMethodOfTheApp() throws Exception {
        List<String> stale = new ArrayList<>();
        for (String entry : allowlist()) {
            String className = entry.substring(0, entry.indexOf('#'));
            boolean exists = className.startsWith("io.okrscorecard.")
                    && Arrays.stream(Class.forName(className).getMethods())
                            .anyMatch(method -> signature(method).equals(entry));
            if (!exists) {
                stale.add(entry);
            }
        }
        assertEquals(List.of(), stale);
    }

    @Test
    public void theAdminTemplateIsFound() throws Exception {
        assertTrue(templates().contains(TEMPLATES.resolve("admin/okr-admin.vm")));
        assertFalse(calledMethods(TEMPLATES.resolve("admin/okr-admin.vm")).isEmpty());
    }

    @Test
    public void theIssuePanelTemplateIsFoundWithItsModelCalls() throws Exception {
        assertTrue(templates().contains(TEMPLATES.resolve("panel/okr-panel.vm")));
        assertEquals(6, calledMethods(TEMPLATES.resolve("panel/okr-panel.vm")).size());
    }

    /** The allowlist signature of each {@code $model.method(...)} or {@code $model.property} the template uses. */
    static Set<String> calledMethods(Path template) throws IOException, ClassNotFoundException {
        String source = Files.readString(template, StandardCharsets.UTF_8);
        Matcher declaration = DECLARATION.matcher(source);
        assertTrue(template + " declares no view model (## View model: $name class)", declaration.find());
        String name = declaration.group(1);
        Class<?> model = Class.forName(declaration.group(2));
        String body = source.lines().filter(line -> !line.startsWith("##")).collect(Collectors.joining("\n"));
        Matcher call = Pattern.compile("\\$!?\\{?" + name + "\\.(\\w+)(\\()?").matcher(body);
        Set<String> methods = new TreeSet<>();
        while (call.find()) {
            methods.add(resolve(model, call.group(1), call.group(2) != null, template));
        }
        return methods;
    }

    private static String resolve(Class<?> model, String member, boolean isCall, Path template) {
        List<String> candidates =
                isCall ? List.of(member) : List.of("get" + capitalised(member), "is" + capitalised(member), "get");
        for (String candidate : candidates) {
            List<Method> found = Arrays.stream(model.getMethods())
                    .filter(method -> method.getName().equals(candidate) && !Modifier.isStatic(method.getModifiers()))
                    .collect(Collectors.toList());
            if (found.size() > 1) {
                throw new AssertionError(template + ": $" + member + " is overloaded on " + model.getName()
                        + "; give each a distinct name so the allowlist entry is unambiguous");
            }
            if (!found.isEmpty() && (isCall || found.get(0).getParameterCount() == (candidate.equals("get") ? 1 : 0))) {
                return signature(found.get(0));
            }
        }
        throw new AssertionError(template + ": " + model.getName() + " has no public method for ." + member);
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(", ")) + ")";
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".vm"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static Set<String> allowlist() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document descriptor = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile());
        Set<String> methods = new TreeSet<>();
        NodeList lists = descriptor.getElementsByTagName("velocity-allowlist");
        for (int i = 0; i < lists.getLength(); i++) {
            NodeList entries = ((Element) lists.item(i)).getElementsByTagName("method");
            for (int j = 0; j < entries.getLength(); j++) {
                methods.add(entries.item(j).getTextContent().trim());
            }
        }
        return methods;
    }
}
