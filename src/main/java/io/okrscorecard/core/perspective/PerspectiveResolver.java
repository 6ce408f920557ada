package io.okrscorecard.core.perspective;

import io.okrscorecard.core.PerspectiveKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads an objective's perspective through the admin's {@link PerspectiveMapping}: the values of the configured
 * source (the BSC Perspective field, another select field, labels or components) are looked up in the mapping, the
 * first mapped one wins. Labels and components are taken in name order so that the answer never depends on the order
 * Jira returns them in.
 *
 * <p>One rule for every Jira side: the Jira adapter reads the values from Jira's issues, the sandbox from an imported
 * export; each gives them through {@link Values}.
 *
 * @param <T> how the Jira side holds an objective (a Jira issue, an exported issue's id)
 */
public final class PerspectiveResolver<T> {

    /** Where a Jira side finds the values a mapping can read on an objective. */
    public interface Values<T> {
        /**
         * The option values (or text) of a select field on the objective.
         *
         * @param fieldId the custom field of a {@link MappingSource#SELECT_FIELD} mapping, or {@code null} for the
         *     app's own BSC Perspective field
         */
        List<String> options(T objective, String fieldId);

        /** The objective's labels, in any order. */
        Collection<String> labels(T objective);

        /** The names of the objective's project components, in any order. */
        Collection<String> components(T objective);
    }

    private final PerspectiveMapping mapping;
    private final Values<T> values;

    public PerspectiveResolver(PerspectiveMapping mapping, Values<T> values) {
        this.mapping = mapping;
        this.values = values;
    }

    /** The perspective the mapping gives the objective, empty when none of its values is mapped. */
    public Optional<PerspectiveKey> perspectiveOf(T objective) {
        return mapping.resolve(valuesOf(objective));
    }

    private List<String> valuesOf(T objective) {
        return switch (mapping.source()) {
            case PERSPECTIVE_FIELD -> values.options(objective, null);
            case SELECT_FIELD -> values.options(objective, mapping.fieldId());
            case LABELS -> sorted(values.labels(objective));
            case COMPONENTS -> sorted(values.components(objective));
        };
    }

    private static List<String> sorted(Collection<String> names) {
        List<String> sorted = new ArrayList<>();
        if (names != null) {
            for (String name : names) {
                if (name != null && !name.isBlank()) {
                    sorted.add(name);
                }
            }
        }
        sorted.sort(null);
        return sorted;
    }
}
