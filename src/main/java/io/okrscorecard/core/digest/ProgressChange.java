package io.okrscorecard.core.digest;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.rollup.Progress;
import java.util.OptionalDouble;

/**
 * How a progress moved over the digest's week: the progress now minus the progress of the day seven days before, in
 * share points (0.1 is ten percentage points). Undefined on either side means no change is known: none is shown, never
 * a change of 0 (docs/rollup-rules.md, "Change over 7 days").
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
