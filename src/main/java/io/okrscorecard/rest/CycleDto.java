package io.okrscorecard.rest;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A cycle as the admin page reads and writes it; dates as ISO {@code yyyy-mm-dd}. */
public record CycleDto(String id, String name, String start, String end) {

    static CycleDto of(Cycle cycle) {
        return new CycleDto(
                cycle.id().value(),
                cycle.name(),
                cycle.start().toString(),
                cycle.end().toString());
    }

    Cycle toDomain() {
        try {
            CycleId cycleId;
            try {
                cycleId = CycleId.of(ValidationException.requireValue(id, "id"));
            } catch (ValidationException invalid) {
                throw new ValidationException("id", invalid.reason());
            }
            return new Cycle(cycleId, name, date(start, "start"), date(end, "end"));
        } catch (ValidationException invalid) {
            throw invalid.under("cycle");
        }
    }

    private static LocalDate date(String text, String field) {
        ValidationException.requireText(text, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a date like 2026-10-01, was '" + abbreviated(text) + "'");
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
