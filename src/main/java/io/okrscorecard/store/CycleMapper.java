package io.okrscorecard.store;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** {@link Cycle} to and from its row. */
final class CycleMapper {

    private CycleMapper() {}

    static Map<String, Object> columns(Cycle cycle) {
        Map<String, Object> row = new HashMap<>();
        row.put(CycleEntity.CYCLE_KEY, cycle.id().value());
        row.put(CycleEntity.NAME, Columns.text(cycle.name(), 255, "cycle.name"));
        row.put(CycleEntity.FIRST_DAY, day(cycle.start(), "cycle.start"));
        row.put(CycleEntity.LAST_DAY, day(cycle.end(), "cycle.end"));
        return row;
    }

    static Cycle cycle(CycleEntity row) {
        return new Cycle(
                CycleId.of(row.getCycleKey()),
                row.getName(),
                LocalDate.parse(row.getFirstDay()),
                LocalDate.parse(row.getLastDay()));
    }

    /** ISO text of exactly 10 characters: years 0000 to 9999, which sort as text. */
    static String day(LocalDate day, String field) {
        if (day.getYear() < 0 || day.getYear() > 9999) {
            throw new ValidationException(field, "year must be between 0 and 9999, was " + day);
        }
        return day.toString();
    }
}
