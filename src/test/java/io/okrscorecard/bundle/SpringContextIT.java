package io.okrscorecard.bundle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks META-INF/spring/plugin-context.xml as packaged: every bean can be constructed from its constructor arguments,
 * every OSGi reference and service names an interface the bundle imports or contains.
 */
public class SpringContextIT {
    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String OSGI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private final PackagedBundle bundle = PackagedBundle.built();
    private final Document context = bundle.xml("META-INF/spring/plugin-context.xml");
    private final URLClassLoader loader = jarFirstLoader();

    @After
    public void closeLoader() throws Exception {
        loader.close();
    }

    @Test
    public void contextDeclaresBeans() {
        assertTrue(context.getElementsByTagNameNS(BEANS, "bean").getLength() > 0);
    }

    @Test
    public void everyBeanClassIsInTheJarAndHasAConstructorMatchingItsArguments() throws Exception {
        Map<String, Class<?>> types = declaredTypes();
        List<String> problems = new ArrayList<>();
        for (Element bean : elements(BEANS, "bean")) {
            String className = bean.getAttribute("class");
            if (!bean.getAttribute("factory-method").isEmpty()) {
                if (!hasStaticFactory(className, bean.getAttribute("factory-method"))) {
                    problems.add(bean.getAttribute("id") + ": no public static " + bean.getAttribute("factory-method")
                            + "() in " + className);
                }
                continue;
            }
            if (!bundle.hasClass(className)) {
                problems.add(bean.getAttribute("id") + ": class not in jar: " + className);
                continue;
            }
            List<Element> args = new ArrayList<>();
            NodeList argNodes = bean.getElementsByTagNameNS(BEANS, "constructor-arg");
            for (int i = 0; i < argNodes.getLength(); i++) {
                args.add((Element) argNodes.item(i));
            }
            if (!hasMatchingConstructor(loader.loadClass(className), args, types)) {
                problems.add(bean.getAttribute("id") + ": no public constructor takes " + describe(args));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyOsgiReferenceAndServiceInterfaceIsImportedOrBundled() {
        List<String> problems = new ArrayList<>();
        List<Element> osgi = new ArrayList<>(elements(OSGI, "reference"));
        osgi.addAll(elements(OSGI, "service"));
        for (Element element : osgi) {
            String name = element.getAttribute("interface");
            if (!bundle.hasClass(name) && !bundle.importsPackageOf(name)) {
                problems.add(element.getAttribute("id") + ": " + name + " is neither bundled nor imported");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyExportedServiceBeanImplementsItsInterface() throws Exception {
        Map<String, Class<?>> types = declaredTypes();
        for (Element service : elements(OSGI, "service")) {
            Class<?> serviceInterface = loader.loadClass(service.getAttribute("interface"));
            Class<?> bean = types.get(service.getAttribute("ref"));
            assertTrue(
                    service.getAttribute("ref") + " is not a " + serviceInterface,
                    serviceInterface.isAssignableFrom(bean));
        }
    }

    /** A bean made by a JDK factory method, such as {@code java.time.Clock.systemDefaultZone()}. */
    private boolean hasStaticFactory(String className, String method) throws ClassNotFoundException {
        Class<?> type = loader.loadClass(className);
        for (java.lang.reflect.Method candidate : type.getMethods()) {
            if (candidate.getName().equals(method)
                    && Modifier.isStatic(candidate.getModifiers())
                    && candidate.getParameterCount() == 0
                    && type.isAssignableFrom(candidate.getReturnType())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasMatchingConstructor(Class<?> beanClass, List<Element> args, Map<String, Class<?>> types) {
        assertFalse(beanClass + " is abstract", Modifier.isAbstract(beanClass.getModifiers()));
        for (Constructor<?> constructor : beanClass.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length != args.size()) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < parameters.length && matches; i++) {
                String ref = args.get(i).getAttribute("ref");
                Class<?> argumentType = ref.isEmpty() ? null : types.get(ref);
                matches = ref.isEmpty() || (argumentType != null && parameters[i].isAssignableFrom(argumentType));
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** The type each bean id and OSGi reference id stands for. */
    private Map<String, Class<?>> declaredTypes() throws ClassNotFoundException {
        Map<String, Class<?>> types = new HashMap<>();
        for (Element bean : elements(BEANS, "bean")) {
            types.put(bean.getAttribute("id"), loader.loadClass(bean.getAttribute("class")));
        }
        for (Element reference : elements(OSGI, "reference")) {
            types.put(reference.getAttribute("id"), loader.loadClass(reference.getAttribute("interface")));
        }
        return types;
    }

    private List<Element> elements(String namespace, String localName) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = context.getElementsByTagNameNS(namespace, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String describe(List<Element> args) {
        List<String> refs = new ArrayList<>();
        for (Element arg : args) {
            refs.add(arg.getAttribute("ref").isEmpty() ? "<value>" : arg.getAttribute("ref"));
        }
        return refs.toString();
    }

    /** Loads the app's classes from the jar, host types (the shim) from the test class path. */
    private URLClassLoader jarFirstLoader() {
        try {
            return new URLClassLoader(new URL[] {bundle.file().toURI().toURL()}, null) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    if (name.startsWith("io.okrscorecard.")) {
                        synchronized (getClassLoadingLock(name)) {
                            Class<?> loaded = findLoadedClass(name);
                            return loaded != null ? loaded : findClass(name);
                        }
                    }
                    return SpringContextIT.class.getClassLoader().loadClass(name);
                }
            };
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
