package io.okrscorecard.rest;

import io.okrscorecard.app.WorkPage;
import io.okrscorecard.core.work.WorkItem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A page of a key result's work that the viewer may browse; {@code hidden} counts the issues they may not see ("N more
 * issues you cannot see"), never naming them.
 */
public record WorkPageDto(int start, int max, int total, int hidden, List<ItemDto> items) {

    /** One issue of the work. */
    public record ItemDto(
            String key,
            String kind,
            String statusCategory,
            String resolution,
            Double storyPoints,
            Long originalEstimateSeconds,
            String epic) {}

    static WorkPageDto of(WorkPage page) {
        return new WorkPageDto(
                page.start(),
                page.max(),
                page.total(),
                page.hidden(),
                page.items().stream().map(WorkPageDto::item).collect(Collectors.toList()));
    }

    private static ItemDto item(WorkItem item) {
        return new ItemDto(
                item.key().value(),
                item.kind().name(),
                item.status().key(),
                item.resolution(),
                item.storyPoints(),
                item.originalEstimateSeconds(),
                item.epicId() == null ? null : Long.toString(item.epicId().value()));
    }
}
