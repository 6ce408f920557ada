package io.okrscorecard.store;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.SubscriptionId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Subscription} to and from its row; lists are comma-separated keys, which contain no commas. */
final class SubscriptionMapper {

    static final int MAX_SUBSCRIBER_KEY = 255;

    private SubscriptionMapper() {}

    static Map<String, Object> columns(
            String subscriberKey, DigestScope scope, DigestSchedule schedule, Instant created) {
        Map<String, Object> row = new HashMap<>();
        row.put(SubscriptionEntity.SUBSCRIBER_KEY, Columns.text(subscriberKey, MAX_SUBSCRIBER_KEY, "subscriber"));
        row.put(SubscriptionEntity.PROJECT_KEYS, joined(scope.projects()));
        row.put(SubscriptionEntity.FILTER_ID, scope.filter().orElse(null));
        row.put(
                SubscriptionEntity.PERSPECTIVE_KEYS,
                joined(scope.perspectives().stream().map(PerspectiveKey::value).toList()));
        row.put(SubscriptionEntity.WEEKDAY, schedule.weekday().getValue());
        row.put(SubscriptionEntity.SEND_HOUR, schedule.hour());
        row.put(SubscriptionEntity.CREATED_AT, Columns.millis(created));
        return row;
    }

    static Subscription subscription(SubscriptionEntity row) {
        DigestScope scope = new DigestScope(
                split(row.getProjectKeys()),
                Optional.ofNullable(row.getFilterId()),
                split(row.getPerspectiveKeys()).stream().map(PerspectiveKey::of).toList());
        return new Subscription(
                new SubscriptionId(row.getID()),
                row.getSubscriberKey(),
                scope,
                new DigestSchedule(DayOfWeek.of(row.getWeekday()), row.getSendHour()),
                Columns.instant(row.getCreatedAt()));
    }

    private static String joined(List<String> keys) {
        return keys.isEmpty() ? null : String.join(",", keys);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
