package io.okrscorecard.rest;

import io.okrscorecard.core.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads an enum constant by its exact name, or fails naming the field and the allowed names. */
final class Enums {
    private Enums() {}

    static <E extends Enum<E>> E named(Class<E> type, String name, String field) {
        ValidationException.requireText(name, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new ValidationException(
                field,
                "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
