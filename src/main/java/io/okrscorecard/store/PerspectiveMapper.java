package io.okrscorecard.store;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Thresholds;
import java.util.HashMap;
import java.util.Map;

/** {@link Perspective} and the values of a perspective mapping to and from their rows. */
final class PerspectiveMapper {

    private PerspectiveMapper() {}

    static Map<String, Object> columns(Perspective perspective) {
        Map<String, Object> row = new HashMap<>();
        row.put(PerspectiveEntity.PERSPECTIVE_KEY, perspective.key().value());
        row.put(PerspectiveEntity.NAME, perspective.name());
        row.put(PerspectiveEntity.DISPLAY_ORDER, perspective.order());
        row.put(PerspectiveEntity.COLOUR, perspective.colour());
        row.put(PerspectiveEntity.WEIGHT, perspective.weight().value());
        row.put(PerspectiveEntity.GREEN_FROM, perspective.thresholds().green());
        row.put(PerspectiveEntity.AMBER_FROM, perspective.thresholds().amber());
        return row;
    }

    static Perspective perspective(PerspectiveEntity row) {
        return new Perspective(
                PerspectiveKey.of(row.getPerspectiveKey()),
                row.getName(),
                row.getDisplayOrder(),
                row.getColour(),
                Weight.of(row.getWeight()),
                new Thresholds(row.getGreenFrom(), row.getAmberFrom()));
    }

    static Map<String, Object> columns(String sourceValue, PerspectiveKey perspective) {
        Map<String, Object> row = new HashMap<>();
        row.put(MappedValueEntity.SOURCE_VALUE, Columns.text(sourceValue, 255, "mapping.values"));
        row.put(MappedValueEntity.PERSPECTIVE_KEY, perspective.value());
        return row;
    }
}
