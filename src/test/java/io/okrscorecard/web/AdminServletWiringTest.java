package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Constructor;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Jira creates the servlet named in atlassian-plugin.xml through the plugin's Spring context and injects its
 * constructor by type, so every parameter type needs exactly one bean or OSGi reference in plugin-context.xml.
 */
public class AdminServletWiringTest {
    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String OSGI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    @Test
    public void descriptorNamesTheServletClass() throws Exception {
        Document descriptor = parse("atlassian-plugin.xml", false);
        NodeList servlets = descriptor.getElementsByTagName("servlet");
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < servlets.getLength(); i++) {
            Element servlet = (Element) servlets.item(i);
            if ("okr-admin-servlet".equals(servlet.getAttribute("key"))) {
                classes.add(servlet.getAttribute("class"));
            }
        }
        assertEquals(List.of(AdminServlet.class.getName()), classes);
    }

    @Test
    public void everyConstructorParameterHasExactlyOneCandidateInTheSpringContext() throws Exception {
        Constructor<?>[] constructors = AdminServlet.class.getConstructors();
        assertEquals("one public constructor, so autowiring has no choice to make", 1, constructors.length);
        List<Class<?>> provided = providedTypes();
        List<String> problems = new ArrayList<>();
        for (Class<?> parameter : constructors[0].getParameterTypes()) {
            long candidates =
                    provided.stream().filter(parameter::isAssignableFrom).count();
            if (candidates != 1) {
                problems.add(parameter.getName() + ": " + candidates + " candidates");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every bean class and OSGi reference interface of plugin-context.xml: what Jira can inject by type. */
    static List<Class<?>> providedTypes() throws Exception {
        Document context = parse("src/main/resources/META-INF/spring/plugin-context.xml", true);
        List<Class<?>> types = new ArrayList<>();
        NodeList beans = context.getElementsByTagNameNS(BEANS, "bean");
        for (int i = 0; i < beans.getLength(); i++) {
            types.add(Class.forName(((Element) beans.item(i)).getAttribute("class")));
        }
        NodeList references = context.getElementsByTagNameNS(OSGI, "reference");
        for (int i = 0; i < references.getLength(); i++) {
            types.add(Class.forName(((Element) references.item(i)).getAttribute("interface")));
        }
        return types;
    }

    private static Document parse(String path, boolean namespaces) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(namespaces);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Paths.get(path).toFile());
    }
}
