package io.okrscorecard.rest;

import io.okrscorecard.app.RunningRecalculation;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A full recalculation started from the admin page: {@code phase} is {@code QUEUED}, {@code RUNNING},
 * {@code FINISHED} or {@code FAILED}; {@code done} of {@code total} objectives are recalculated; times are ISO-8601
 * instants.
 */
public record RecalculationDto(
        String id, String phase, int done, int total, String startedAt, String finishedAt, List<FailureDto> failures) {

    /** A cycle that could not be recalculated ({@code cycle} null: the whole run); details are in the Jira log. */
    public record FailureDto(String cycle, String messageKey) {}

    /** What a client sends to start one: an empty object (the JSON body keeps the request XSRF-safe). */
    public record Request() {}

    static RecalculationDto of(RunningRecalculation.Job job) {
        return new RecalculationDto(
                job.id(),
                job.phase().name(),
                job.done(),
                job.total(),
                text(job.startedAt()),
                text(job.finishedAt()),
                job.failures().stream()
                        .map(failure -> new FailureDto(failure.cycle(), failure.messageKey()))
                        .collect(Collectors.toList()));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
