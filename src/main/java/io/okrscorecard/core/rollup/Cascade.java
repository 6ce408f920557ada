package io.okrscorecard.core.rollup;

import io.okrscorecard.core.ValidationException;

/**
 * The admin's choice whether aligned objectives contribute to their parent ("supports" links, same cycle), and the
 * share of the parent's progress its supporting objectives make up when both sides are measured.
 *
 * @param childrenShare between 0 (exclusive) and 1: the weight of the supporting objectives' mean against the
 *     parent's own key results' mean, which gets {@code 1 - childrenShare}
 */
public record Cascade(boolean enabled, double childrenShare) {

    public static final double DEFAULT_CHILDREN_SHARE = 0.5;

    /** Aligned objectives do not contribute: an objective's progress is that of its own key results. */
    public static final Cascade OFF = new Cascade(false, DEFAULT_CHILDREN_SHARE);

    public Cascade {
        ValidationException.requireFinite(childrenShare, "cascade.childrenShare");
        if (childrenShare <= 0 || childrenShare > 1) {
            throw new ValidationException(
                    "cascade.childrenShare", "must be more than 0 and at most 1, was " + childrenShare);
        }
    }

    /** Supporting objectives contribute this share of their parent's progress. */
    public static Cascade on(double childrenShare) {
        return new Cascade(true, childrenShare);
    }
}
