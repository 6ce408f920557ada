package io.okrscorecard.core.perspective;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import java.util.regex.Pattern;

/**
 * A Balanced Scorecard perspective (Financial, Customer, ...): the lane objectives are placed in,
 * with its display order, colour, weight in the scorecard score and RAG thresholds.
 */
public record Perspective(
        PerspectiveKey key, String name, int order, String colour, Weight weight, Thresholds thresholds) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int MAX_NAME = 80;

    public Perspective {
        ValidationException.requireValue(key, "perspective.key");
        ValidationException.requireText(name, "perspective.name");
        if (name.length() > MAX_NAME) {
            throw new ValidationException("perspective.name", "must be at most " + MAX_NAME + " characters");
        }
        if (order < 0) {
            throw new ValidationException("perspective.order", "must be >= 0, was " + order);
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new ValidationException("perspective.colour", "must look like #rrggbb, was " + colour);
        }
        ValidationException.requireValue(weight, "perspective.weight");
        ValidationException.requireValue(thresholds, "perspective.thresholds");
    }

    public Perspective withName(String newName) {
        return new Perspective(key, newName, order, colour, weight, thresholds);
    }

    public Perspective withOrder(int newOrder) {
        return new Perspective(key, name, newOrder, colour, weight, thresholds);
    }

    public Perspective withWeight(Weight newWeight) {
        return new Perspective(key, name, order, colour, newWeight, thresholds);
    }

    public Perspective withThresholds(Thresholds newThresholds) {
        return new Perspective(key, name, order, colour, weight, newThresholds);
    }
}
