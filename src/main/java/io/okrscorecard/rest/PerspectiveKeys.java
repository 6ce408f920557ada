package io.okrscorecard.rest;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Perspective keys from a repeatable request parameter: blank values skipped, a malformed key a 400 naming it. */
final class PerspectiveKeys {
    /** More perspectives than an admin can configure would only make a long URL. */
    private static final int MAX = 20;

    private PerspectiveKeys() {}

    static Set<PerspectiveKey> of(List<String> values, String field) {
        Set<PerspectiveKey> keys = new LinkedHashSet<>();
        if (values == null) {
            return keys;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                keys.add(PerspectiveKey.of(value.strip()));
            } catch (ValidationException invalid) {
                throw new ValidationException(field, invalid.reason());
            }
        }
        if (keys.size() > MAX) {
            throw new ValidationException(field, "at most " + MAX + " perspectives, was " + keys.size());
        }
        return keys;
    }
}
