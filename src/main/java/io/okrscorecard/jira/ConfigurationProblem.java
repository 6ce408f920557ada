package io.okrscorecard.jira;

import java.util.List;
import java.util.Locale;

/**
 * Something in Jira's configuration that keeps the app from reading OKRs fully, e.g. a key result measuring two
 * objectives or a story-points field that does not exist. Reading goes on without the faulty part; the admin page
 * lists the problems.
 *
 * @param arguments the values for the message's placeholders, in order (issue keys, field ids)
 */
public record ConfigurationProblem(Kind kind, List<String> arguments) {

    /** What went wrong; each kind has a message under {@code okr.jira.problem.*}. */
    public enum Kind {
        /** {0} key result, {1} the objective that keeps it, {2} the objective whose claim is ignored. */
        KEY_RESULT_MEASURES_TWO_OBJECTIVES,
        /** {0} the configured field id. */
        STORY_POINTS_FIELD_MISSING,
        /** No story-points field is configured. */
        STORY_POINTS_FIELD_NOT_SET,
        /** {0} the Parent Link field the admin names, which does not exist: nothing expands above epics. */
        PARENT_LINK_FIELD_MISSING,
        /** Jira Software's Epic Link field was not found: epics count as single items. */
        EPIC_LINK_FIELD_MISSING,
        /** {0} the role of the Jira object the app could not find (it is created at the next start). */
        HOST_OBJECT_MISSING,
        /** {0} the objective whose OKR Cycle value is empty or not a cycle id. */
        OBJECTIVE_WITHOUT_CYCLE,
        /** {0} the metric key result lacking a start or target; it is read as a WORK key result. */
        METRIC_WITHOUT_START_OR_TARGET,
        /** {0} the issue, {1} the field, {2} the value that is not a weight > 0; weight 1 is used. */
        INVALID_WEIGHT;

        /** The i18n key of the message shown on the admin page. */
        public String messageKey() {
            return "okr.jira.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ConfigurationProblem {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        arguments = List.copyOf(arguments);
    }

    public static ConfigurationProblem of(Kind kind, String... arguments) {
        return new ConfigurationProblem(kind, List.of(arguments));
    }

    @Override
    public String toString() {
        return kind + arguments.toString();
    }
}
