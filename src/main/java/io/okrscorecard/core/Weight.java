package io.okrscorecard.core;

/** Relative importance of a key result, objective or perspective in a weighted mean: finite and > 0. */
public record Weight(double value) {

    public static final Weight ONE = new Weight(1.0);

    public Weight {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new ValidationException("weight", "must be a finite number > 0, was " + value);
        }
    }

    public static Weight of(double value) {
        return new Weight(value);
    }
}
