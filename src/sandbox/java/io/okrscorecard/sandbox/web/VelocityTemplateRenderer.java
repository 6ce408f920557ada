package io.okrscorecard.sandbox.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Jira's template renderer as the app's classes call it, over {@link JiraStyleVelocity} (Jira's escaping rule). */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final JiraStyleVelocity velocity = new JiraStyleVelocity();

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        writer.write(velocity.render(templateName, context));
    }

    @Override
    public boolean resolve(String templateName) {
        return VelocityTemplateRenderer.class.getClassLoader().getResource(templateName) != null;
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        throw new UnsupportedOperationException("the app renders templates by name only");
    }
}
