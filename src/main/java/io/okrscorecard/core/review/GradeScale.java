package io.okrscorecard.core.review;

import io.okrscorecard.core.ValidationException;

/**
 * Where grades turn amber and green, Google-style by default: 0.0–0.3 red, 0.4–0.6 amber, 0.7–1.0 green. A grade below
 * {@code amberFrom} is red, below {@code greenFrom} amber, else green. Valid when 0 &lt; amberFrom &lt; greenFrom ≤ 1.
 */
public record GradeScale(double amberFrom, double greenFrom) {

    public static final GradeScale DEFAULT = new GradeScale(0.4, 0.7);

    /** The colour of a grade on the scale. */
    public enum Colour {
        RED,
        AMBER,
        GREEN
    }

    public GradeScale {
        ValidationException.requireFinite(amberFrom, "amberFrom");
        ValidationException.requireFinite(greenFrom, "greenFrom");
        if (amberFrom <= 0.0 || amberFrom >= 1.0) {
            throw new ValidationException("amberFrom", "must be above 0 and below 1, was " + amberFrom);
        }
        if (greenFrom <= amberFrom || greenFrom > 1.0) {
            throw new ValidationException(
                    "greenFrom", "must be above amberFrom (" + amberFrom + ") and at most 1, was " + greenFrom);
        }
    }

    public Colour colour(double grade) {
        if (grade >= greenFrom) {
            return Colour.GREEN;
        }
        return grade >= amberFrom ? Colour.AMBER : Colour.RED;
    }
}
