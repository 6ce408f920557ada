package io.okrscorecard.rest;

import io.okrscorecard.app.SubscribingToDigests;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A weekly digest subscription: its subscriber (user key and the display name to show), its scope (always the cycle
 * running when it is sent: {@code cycle} is {@code "running"}; the {@code projects}, or the saved {@code filter}; the
 * {@code perspectives} with their names, none for all), and when it is sent: {@code weekday} ({@code MONDAY} …
 * {@code SUNDAY}) and {@code hour} (0–23) in Jira's default time zone {@code timeZone} (its id, e.g.
 * {@code Europe/Berlin}; {@code UTC} for UTC).
 */
public record SubscriptionDto(
        long id,
        String subscriber,
        String subscriberName,
        String cycle,
        List<String> projects,
        Long filter,
        List<PerspectiveName> perspectives,
        String weekday,
        int hour,
        String timeZone,
        String created) {

    /** The cycle of every digest: the one running on the day it is sent. */
    static final String RUNNING = "running";

    /** A perspective of the scope by key and its name. */
    public record PerspectiveName(String key, String name) {}

    static SubscriptionDto of(SubscribingToDigests.Listed listed, ZoneId zone) {
        Subscription subscription = listed.subscription();
        List<PerspectiveName> perspectives = new ArrayList<>();
        listed.perspectives()
                .forEach(perspective ->
                        perspectives.add(new PerspectiveName(perspective.key().value(), perspective.name())));
        return new SubscriptionDto(
                subscription.id().value(),
                subscription.subscriberKey(),
                listed.subscriber().displayName(),
                RUNNING,
                subscription.scope().projects(),
                subscription.scope().filter().orElse(null),
                perspectives,
                subscription.schedule().weekday().name(),
                subscription.schedule().hour(),
                zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId(),
                subscription.created().toString());
    }

    /**
     * What a client sends to subscribe: {@code projects} or a saved {@code filter} (or neither: every project),
     * {@code perspectives} by key (none: all), {@code weekday} and {@code hour}. The subscriber is the caller.
     */
    public record Request(List<String> projects, Long filter, List<String> perspectives, String weekday, Integer hour) {

        DigestScope scope() {
            List<PerspectiveKey> keys = new ArrayList<>();
            for (String key : perspectives == null ? List.<String>of() : perspectives) {
                try {
                    keys.add(PerspectiveKey.of(key));
                } catch (ValidationException invalid) {
                    throw new ValidationException("perspectives", invalid.reason());
                }
            }
            return new DigestScope(projects == null ? List.of() : projects, Optional.ofNullable(filter), keys);
        }

        DigestSchedule schedule() {
            return new DigestSchedule(
                    Enums.named(DayOfWeek.class, weekday, "weekday"), ValidationException.requireValue(hour, "hour"));
        }
    }
}
