package io.okrscorecard.core.rollup;

import io.okrscorecard.core.ValidationException;
import java.util.OptionalDouble;

/**
 * Progress of a key result, objective, perspective or scorecard: a share in [0, 1], or undefined
 * with a reason (then {@link #value()} is NaN). Undefined means "nothing to measure", not 0%.
 */
public record Progress(double value, UndefinedReason undefinedReason) {

    public Progress {
        if (undefinedReason == null) {
            if (!(value >= 0 && value <= 1)) {
                throw new ValidationException("progress", "must be between 0 and 1, was " + value);
            }
        } else {
            value = Double.NaN;
        }
    }

    public static Progress of(double value) {
        return new Progress(value, null);
    }

    public static Progress undefined(UndefinedReason reason) {
        return new Progress(Double.NaN, ValidationException.requireValue(reason, "undefinedReason"));
    }

    public boolean isDefined() {
        return undefinedReason == null;
    }

    public OptionalDouble asOptional() {
        return isDefined() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Whole percent for display, e.g. "63%", or "-" when undefined. */
    public String percent() {
        return isDefined() ? Math.round(value * 100) + "%" : "-";
    }

    @Override
    public String toString() {
        return isDefined() ? Double.toString(value) : "undefined(" + undefinedReason.text() + ")";
    }
}
