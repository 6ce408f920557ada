package io.okrscorecard.jira.bootstrap;

import io.okrscorecard.core.settings.HostObject;
import java.util.List;

/**
 * How the app creates each Jira object it needs. Descriptions are stored in Jira (admins may edit them there) and
 * are in English, the language of Jira's own default objects.
 */
final class Blueprint {

    private static final String TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

    /** A custom field: its type, its searcher (which decides the JQL operators) and default options. */
    record Field(String typeKey, String searcherKey, List<String> options, String description) {}

    /** A link type: the outward and inward descriptions. */
    record LinkType(String outward, String inward) {}

    private Blueprint() {}

    static String issueTypeDescription(HostObject role) {
        return switch (role) {
            case OBJECTIVE_ISSUE_TYPE -> "An objective of the OKR Scorecard: what to achieve in a cycle.";
            case KEY_RESULT_ISSUE_TYPE -> "A key result of the OKR Scorecard: how an objective's progress is measured.";
            default -> throw new IllegalArgumentException(role + " is not an issue type");
        };
    }

    static Field field(HostObject role) {
        return switch (role) {
            case PERSPECTIVE_FIELD ->
                new Field(
                        TYPES + "select",
                        TYPES + "multiselectsearcher",
                        List.of("Financial", "Customer", "Internal Processes", "Learning & Growth"),
                        "The Balanced Scorecard perspective of an objective.");
            // A text field holding the cycle id (e.g. 2026-Q4); the exact-text searcher allows JQL "=".
            case CYCLE_FIELD ->
                new Field(
                        TYPES + "textfield",
                        TYPES + "exacttextsearcher",
                        List.of(),
                        "The id of the OKR cycle of an objective, as defined on the OKR Scorecard admin page.");
            case KR_KIND_FIELD ->
                new Field(
                        TYPES + "select",
                        TYPES + "multiselectsearcher",
                        List.of("Work", "Metric", "Milestone"),
                        "Where a key result's progress comes from: linked work, a metric, or its own status.");
            case KR_START_FIELD -> number("The value a metric key result starts from.");
            case KR_TARGET_FIELD -> number("The value a metric key result aims for.");
            case KR_UNIT_FIELD ->
                new Field(TYPES + "textfield", TYPES + "textsearcher", List.of(), "The unit of a metric key result.");
            case WEIGHT_FIELD -> number("Relative weight of an objective or key result (default 1).");
            default -> throw new IllegalArgumentException(role + " is not a custom field");
        };
    }

    static LinkType linkType(HostObject role) {
        return switch (role) {
            case KEY_RESULT_LINK -> new LinkType("measures", "is measured by");
            case CONTRIBUTION_LINK -> new LinkType("contributes to", "has contribution from");
            case ALIGNMENT_LINK -> new LinkType("supports", "is supported by");
            case CAUSE_LINK -> new LinkType("drives", "is driven by");
            default -> throw new IllegalArgumentException(role + " is not a link type");
        };
    }

    private static Field number(String description) {
        return new Field(TYPES + "float", TYPES + "exactnumber", List.of(), description);
    }
}
