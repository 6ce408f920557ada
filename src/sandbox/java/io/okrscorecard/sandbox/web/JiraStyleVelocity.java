package io.okrscorecard.sandbox.web;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The real Velocity 1.7 engine set up as Jira renders plugin templates: classpath templates, UTF-8, and HTML escaping
 * of every inserted reference except those whose last name ends in {@code Html} (or starts with {@code html}), the
 * rule of Jira's auto-escaping ("JIRA 6.0 - HTML escaping for velocity templates", developer.atlassian.com).
 */
public final class JiraStyleVelocity {
    private final VelocityEngine engine;

    public JiraStyleVelocity() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        properties.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        properties.setProperty(RuntimeConstants.VM_LIBRARY, "velocity/okr-sandbox-macros.vm");
        properties.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, Escaping.class.getName());
        engine = new VelocityEngine(properties);
        engine.init();
    }

    public String render(String template, Map<String, Object> context) {
        VelocityContext velocityContext = new VelocityContext();
        context.forEach(velocityContext::put);
        StringWriter out = new StringWriter();
        engine.getTemplate(template, "UTF-8").merge(velocityContext, out);
        return out.toString();
    }

    /** Escapes what Jira escapes; public because Velocity instantiates it by name. */
    public static final class Escaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || declaresHtml(reference)) {
                return value;
            }
            return escape(value.toString());
        }

        public static boolean declaresHtml(String reference) {
            String name = reference.replaceAll("[${}!]", "");
            int call = name.indexOf('(');
            if (call >= 0) {
                name = name.substring(0, call);
            }
            String last = name.substring(name.lastIndexOf('.') + 1);
            if (last.startsWith("get")) {
                last = last.substring(3);
            }
            return last.endsWith("Html") || last.endsWith("HTML") || last.startsWith("html");
        }

        public static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
