package io.okrscorecard.rest;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.perspective.Thresholds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A perspective as the admin page reads and writes it; {@code order} may be left out (the list order decides). */
public record PerspectiveDto(
        String key, String name, Integer order, String colour, Double weight, Double green, Double amber) {

    static PerspectiveDto of(Perspective perspective) {
        return new PerspectiveDto(
                perspective.key().value(),
                perspective.name(),
                perspective.order(),
                perspective.colour(),
                perspective.weight().value(),
                perspective.thresholds().green(),
                perspective.thresholds().amber());
    }

    /** The admin's whole list as the domain value; failures name the element, e.g. {@code perspectives[1].weight}. */
    static Perspectives toDomain(List<PerspectiveDto> requested) {
        if (requested.isEmpty()) {
            throw new ValidationException("perspectives", "at least one perspective is required");
        }
        List<Perspective> perspectives = new ArrayList<>();
        Set<PerspectiveKey> keys = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String at = "perspectives[" + i + "]";
            PerspectiveDto dto = requested.get(i);
            if (dto == null) {
                throw new ValidationException(at, "is required");
            }
            Perspective perspective = dto.toDomain(i, at);
            if (!keys.add(perspective.key())) {
                throw new ValidationException(
                        at + ".key", "duplicate key " + perspective.key().value());
            }
            perspectives.add(perspective);
        }
        return Perspectives.of(perspectives);
    }

    /** The domain value; failures name the field under {@code at}, e.g. {@code perspectives[1].weight}. */
    Perspective toDomain(int position, String at) {
        try {
            PerspectiveKey parsedKey;
            try {
                parsedKey = PerspectiveKey.of(ValidationException.requireValue(key, "key"));
            } catch (ValidationException invalid) {
                throw new ValidationException("key", invalid.reason());
            }
            return new Perspective(
                    parsedKey,
                    name,
                    order == null ? position : order,
                    colour,
                    new Weight(ValidationException.requireValue(weight, "weight")),
                    new Thresholds(
                            ValidationException.requireValue(green, "green"),
                            ValidationException.requireValue(amber, "amber")));
        } catch (ValidationException invalid) {
            throw invalid.under(at);
        }
    }
}
