package io.okrscorecard.core.review;

import io.okrscorecard.core.ValidationException;
import java.math.BigDecimal;

/**
 * A key result's final grade in a cycle's review: a number from 0.0 to 1.0 with at most two decimals, as people grade
 * OKRs (0.7, 0.35). A value that is not such a number is a {@link ValidationException} naming {@code grade}.
 */
public record Grade(double value) {

    public Grade {
        ValidationException.requireFinite(value, "grade");
        if (value < 0.0 || value > 1.0) {
            throw new ValidationException("grade", "must be between 0.0 and 1.0, was " + value);
        }
        if (new BigDecimal(Double.toString(value)).stripTrailingZeros().scale() > 2) {
            throw new ValidationException("grade", "must have at most two decimals, was " + value);
        }
    }

    public static Grade of(double value) {
        return new Grade(value);
    }

    /** The default grade of a key result whose progress is {@code progress}: the progress rounded to two decimals. */
    public static Grade ofProgress(double progress) {
        return new Grade(Math.round(Math.max(0.0, Math.min(1.0, progress)) * 100) / 100.0);
    }
}
