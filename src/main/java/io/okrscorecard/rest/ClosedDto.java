package io.okrscorecard.rest;

import io.okrscorecard.app.ClosedNumber;
import java.util.Optional;

/**
 * The number a closed cycle's scorecard shows for an objective or key result (the one it was closed with), and when
 * the cycle was closed; {@code null} in the answer when the cycle is not closed.
 */
public record ClosedDto(String frozenAt, Double progress, String undefinedReason) {

    static ClosedDto of(Optional<ClosedNumber> closed) {
        return closed.map(number -> new ClosedDto(
                        number.frozenAt().toString(),
                        ScorecardDto.value(number.progress()),
                        ScorecardDto.reason(number.progress())))
                .orElse(null);
    }
}
