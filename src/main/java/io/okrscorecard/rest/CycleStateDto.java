package io.okrscorecard.rest;

import io.okrscorecard.app.CycleStates;

/**
 * A cycle as dashboards and the review view list it: its dates as ISO {@code yyyy-mm-dd} and its state today,
 * {@code PLANNED}, {@code RUNNING}, {@code IN_REVIEW} or {@code CLOSED}.
 */
public record CycleStateDto(String id, String name, String start, String end, String state) {

    static CycleStateDto of(CycleStates.Stated stated) {
        return new CycleStateDto(
                stated.cycle().id().value(),
                stated.cycle().name(),
                stated.cycle().start().toString(),
                stated.cycle().end().toString(),
                stated.state().name());
    }
}
