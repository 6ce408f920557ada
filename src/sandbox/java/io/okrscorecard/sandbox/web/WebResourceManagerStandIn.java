package io.okrscorecard.sandbox.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for Jira's {@code $webResourceManager} in a template: records the web-resource contexts the template
 * requires, whose resources the stand-in page then puts in its head ({@link PluginResources#tagsFor}). Public so
 * Velocity can call it.
 */
public final class WebResourceManagerStandIn {
    private final List<String> contexts = new ArrayList<>();

    public void requireResourcesForContext(String context) {
        contexts.add(context);
    }

    public List<String> requiredContexts() {
        return List.copyOf(contexts);
    }
}
