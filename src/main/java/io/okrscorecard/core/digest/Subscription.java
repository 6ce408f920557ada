package io.okrscorecard.core.digest;

import io.okrscorecard.core.ValidationException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A user's subscription to a weekly digest of a scorecard scope. The subscriber is a Jira user key: the digest is
 * computed with their permissions and sent to the address Jira knows for them.
 *
 * @param created when it was made: the first digest is the first scheduled moment at or after it
 */
public record Subscription(
        SubscriptionId id, String subscriberKey, DigestScope scope, DigestSchedule schedule, Instant created) {

    /** At most this many subscriptions per user: a digest is a weekly summary, not a feed. */
    public static final int MAX_PER_USER = 20;

    public Subscription {
        ValidationException.requireValue(id, "id");
        ValidationException.requireText(subscriberKey, "subscriber");
        ValidationException.requireValue(scope, "scope");
        ValidationException.requireValue(schedule, "schedule");
        ValidationException.requireValue(created, "created");
    }

    /** What identifies one digest in the sent-mail ledger: this subscription on this day. */
    public String mailKey(LocalDate day) {
        return "digest:" + id.value() + ":" + day;
    }
}
