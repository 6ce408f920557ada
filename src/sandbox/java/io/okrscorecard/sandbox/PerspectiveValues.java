package io.okrscorecard.sandbox;

import io.okrscorecard.core.perspective.PerspectiveResolver;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an exported objective holds where a perspective mapping can look: the option values (or text) of each of its
 * custom fields by field id, its labels and the names of its components. Kept whole for every objective, whichever
 * source the mapping file names, so that a mapping saved later on the admin page (another source, another field)
 * reads the objective as Jira would read the issue.
 */
record PerspectiveValues(Map<String, List<String>> optionsByField, List<String> labels, List<String> components) {

    /** The values of an issue that is no objective: none. */
    static final PerspectiveValues NONE = new PerspectiveValues(Map.of(), List.of(), List.of());

    PerspectiveValues {
        optionsByField = Map.copyOf(optionsByField);
        labels = List.copyOf(labels);
        components = List.copyOf(components);
    }

    /**
     * How the core's {@link PerspectiveResolver} reads these values in an export whose BSC Perspective field has this id
     * ({@code null}: the export has none, so that source finds nothing).
     */
    static PerspectiveResolver.Values<PerspectiveValues> reading(String perspectiveFieldId) {
        return new PerspectiveResolver.Values<>() {
            @Override
            public List<String> options(PerspectiveValues objective, String fieldId) {
                String id = fieldId == null ? perspectiveFieldId : fieldId;
                return id == null ? List.of() : objective.optionsByField().getOrDefault(id, List.of());
            }

            @Override
            public Collection<String> labels(PerspectiveValues objective) {
                return objective.labels();
            }

            @Override
            public Collection<String> components(PerspectiveValues objective) {
                return objective.components();
            }
        };
    }
}
