package io.okrscorecard.rest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A METRIC key result's "check-in due" mark: the ISO day since which a check-in is due under the admin's cadence. A key
 * result that is not due has none ({@code null}).
 */
public record CheckInDueDto(String since) {

    static CheckInDueDto of(Optional<LocalDate> since) {
        return since.map(day -> new CheckInDueDto(day.toString())).orElse(null);
    }
}
