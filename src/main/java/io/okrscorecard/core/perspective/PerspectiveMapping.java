package io.okrscorecard.core.perspective;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How objectives are mapped to perspectives: a source and, per value found there (an option, a label or a component
 * name), the perspective it stands for. The first value of an objective that is mapped decides.
 *
 * @param fieldId the custom field read for {@link MappingSource#SELECT_FIELD}, else {@code null}
 */
public record PerspectiveMapping(MappingSource source, String fieldId, Map<String, PerspectiveKey> values) {

    private static final int MAX_VALUE_LENGTH = 255;

    public PerspectiveMapping {
        ValidationException.requireValue(source, "mapping.source");
        if (source == MappingSource.SELECT_FIELD) {
            ValidationException.requireText(fieldId, "mapping.fieldId");
        } else if (fieldId != null) {
            throw new ValidationException("mapping.fieldId", "only a SELECT_FIELD mapping names a field");
        }
        Map<String, PerspectiveKey> copy = new LinkedHashMap<>();
        ValidationException.requireValue(values, "mapping.values").forEach((value, perspective) -> {
            String text = ValidationException.requireText(value, "mapping.values");
            if (text.length() > MAX_VALUE_LENGTH) {
                throw new ValidationException(
                        "mapping.values", "a mapped value must be at most " + MAX_VALUE_LENGTH + " characters");
            }
            copy.put(text, ValidationException.requireValue(perspective, "mapping.values"));
        });
        values = Map.copyOf(copy);
    }

    /** The default: the app's BSC Perspective field, its four options mapped to the four default perspectives. */
    public static PerspectiveMapping defaults() {
        Map<String, PerspectiveKey> values = new LinkedHashMap<>();
        for (Perspective perspective : Perspectives.defaults().all()) {
            values.put(perspective.name(), perspective.key());
        }
        return new PerspectiveMapping(MappingSource.PERSPECTIVE_FIELD, null, values);
    }

    /** The perspective of an objective whose source holds these values, if one of them is mapped. */
    public Optional<PerspectiveKey> resolve(Collection<String> objectiveValues) {
        for (String value : objectiveValues) {
            PerspectiveKey key = values.get(value);
            if (key != null) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** Rejects a mapping to a perspective the admin has not defined. */
    public void requireKnownPerspectives(Perspectives perspectives) {
        values.forEach((value, key) -> {
            if (perspectives.find(key).isEmpty()) {
                throw new ValidationException(
                        "mapping.values", "'" + value + "' maps to unknown perspective '" + key.value() + "'");
            }
        });
    }
}
