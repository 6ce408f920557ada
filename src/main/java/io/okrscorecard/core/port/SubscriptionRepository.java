package io.okrscorecard.core.port;

import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.SubscriptionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The weekly digest subscriptions of all users. */
public interface SubscriptionRepository {

    /**
     * Stores a new subscription, unless the subscriber already has {@link Subscription#MAX_PER_USER}: then a {@link
     * io.okrscorecard.core.ValidationException} naming {@code subscriptions}, and nothing is written. The count and the
     * insert are one transaction.
     */
    Subscription add(String subscriberKey, DigestScope scope, DigestSchedule schedule, Instant created);

    /** The subscriber's subscriptions, oldest first. */
    List<Subscription> of(String subscriberKey);

    /** Every subscription, by id. */
    List<Subscription> all();

    Optional<Subscription> find(SubscriptionId id);

    /** Removes it; false when there was none. */
    boolean delete(SubscriptionId id);
}
