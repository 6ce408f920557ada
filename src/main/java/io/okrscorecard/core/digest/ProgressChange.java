package io.okrscorecard.core.digest;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.rollup.Progress;
import java.util.OptionalDouble;

/**
 * How a progress moved between two readings: the progress now minus the progress before, in share points (0.1 is ten
 * percentage points). The weekly digest compares with the day seven days before (docs/rollup-rules.md, "Change over 7
 * days"), a comparison of cycles compares a later cycle with an earlier one ("Comparing cycles"). Undefined on either
 * side means no change is known: none is shown, never a change of 0.
 */
public record ProgressChange(Progress before, Progress now) {

    public ProgressChange {
        ValidationException.requireValue(before, "before");
        ValidationException.requireValue(now, "now");
    }

    /** now − before, empty when either is undefined. */
    public OptionalDouble value() {
        return before.isDefined() && now.isDefined()
                ? OptionalDouble.of(now.value() - before.value())
                : OptionalDouble.empty();
    }

    /**
     * now − before in percentage points rounded to a tenth (0.125 − 0.0 is 12.5), so that an answer carries no
     * floating-point noise such as 19.999999999999996; empty when either is undefined.
     */
    public OptionalDouble percentagePoints() {
        OptionalDouble value = value();
        return value.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(Math.round(value.getAsDouble() * 1000) / 10.0);
    }

    /** Whether the progress is known on both days and differs. */
    public boolean moved() {
        OptionalDouble value = value();
        return value.isPresent() && value.getAsDouble() != 0;
    }

    /** The change in whole percentage points with its sign, e.g. "+12", "-3", "0"; "-" when unknown. */
    public String points() {
        OptionalDouble value = value();
        if (value.isEmpty()) {
            return "-";
        }
        long points = Math.round(value.getAsDouble() * 100);
        return points > 0 ? "+" + points : Long.toString(points);
    }
}
