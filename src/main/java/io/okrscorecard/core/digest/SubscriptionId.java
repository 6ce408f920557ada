package io.okrscorecard.core.digest;

import io.okrscorecard.core.ValidationException;

/** The stored id of a digest subscription. */
public record SubscriptionId(long value) {
    public SubscriptionId {
        if (value <= 0) {
            throw new ValidationException("id", "must be a subscription id, was " + value);
        }
    }

    /** From a path segment; anything but a positive number is a 400 naming {@code id}. */
    public static SubscriptionId parse(String text) {
        try {
            return new SubscriptionId(Long.parseLong(text == null ? "" : text.trim()));
        } catch (NumberFormatException e) {
            throw new ValidationException("id", "must be a subscription id, was '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
