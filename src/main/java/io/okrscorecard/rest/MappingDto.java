package io.okrscorecard.rest;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.perspective.MappingSource;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The perspective mapping as the admin page reads and writes it: the source and, per value found there, the key of
 * the perspective it stands for.
 */
public record MappingDto(String source, String fieldId, Map<String, String> values) {

    static MappingDto of(PerspectiveMapping mapping) {
        Map<String, String> values = new TreeMap<>();
        mapping.values().forEach((value, key) -> values.put(value, key.value()));
        return new MappingDto(mapping.source().name(), mapping.fieldId(), values);
    }

    PerspectiveMapping toDomain() {
        try {
            MappingSource parsedSource = Enums.named(MappingSource.class, source, "source");
            Map<String, PerspectiveKey> keys = new LinkedHashMap<>();
            ValidationException.requireValue(values, "values").forEach((value, key) -> {
                try {
                    keys.put(value, PerspectiveKey.of(ValidationException.requireValue(key, "values")));
                } catch (ValidationException invalid) {
                    throw new ValidationException("values", "'" + value + "': " + invalid.reason());
                }
            });
            return new PerspectiveMapping(parsedSource, fieldId, keys);
        } catch (ValidationException invalid) {
            throw invalid.under("mapping");
        }
    }
}
