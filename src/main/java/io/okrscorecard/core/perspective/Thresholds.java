package io.okrscorecard.core.perspective;

import io.okrscorecard.core.ValidationException;

/**
 * RAG boundaries of a perspective in ABSOLUTE status mode: progress >= green is green,
 * >= amber is amber, anything lower is red. Requires 0 <= amber <= green <= 1.
 */
public record Thresholds(double green, double amber) {

    public static final Thresholds DEFAULT = new Thresholds(0.7, 0.4);

    public Thresholds {
        ValidationException.requireFinite(green, "thresholds.green");
        ValidationException.requireFinite(amber, "thresholds.amber");
        if (green < 0 || green > 1) {
            throw new ValidationException("thresholds.green", "must be between 0 and 1, was " + green);
        }
        if (amber < 0 || amber > 1) {
            throw new ValidationException("thresholds.amber", "must be between 0 and 1, was " + amber);
        }
        if (amber > green) {
            throw new ValidationException(
                    "thresholds.amber", "must not exceed the green threshold " + green + ", was " + amber);
        }
    }
}
