package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.SubscriptionId;
import io.okrscorecard.core.port.SubscriptionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Digest subscriptions in the DIGEST_SUBSCRIPTION table. */
public final class AoSubscriptionRepository implements SubscriptionRepository {

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;

    public AoSubscriptionRepository(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this.ao = ao;
        this.transactions = transactions;
    }

    @Override
    public Subscription add(String subscriberKey, DigestScope scope, DigestSchedule schedule, Instant created) {
        ValidationException.requireText(subscriberKey, "subscriber");
        ValidationException.requireValue(scope, "scope");
        ValidationException.requireValue(schedule, "schedule");
        ValidationException.requireValue(created, "created");
        Map<String, Object> row = SubscriptionMapper.columns(subscriberKey, scope, schedule, created);
        return transactions.inTransaction(() -> {
            int existing = ao.count(
                    SubscriptionEntity.class,
                    Query.select().where(SubscriptionEntity.SUBSCRIBER_KEY + " = ?", subscriberKey));
            if (existing >= Subscription.MAX_PER_USER) {
                throw new ValidationException(
                        "subscriptions",
                        "at most " + Subscription.MAX_PER_USER + " digest subscriptions per user: remove one first");
            }
            return SubscriptionMapper.subscription(ao.create(SubscriptionEntity.class, row));
        });
    }

    @Override
    public List<Subscription> of(String subscriberKey) {
        return read(Query.select()
                .where(SubscriptionEntity.SUBSCRIBER_KEY + " = ?", subscriberKey)
                .order("ID"));
    }

    @Override
    public List<Subscription> all() {
        return read(Query.select().order("ID"));
    }

    @Override
    public Optional<Subscription> find(SubscriptionId id) {
        return read(Query.select().where("ID = ?", id.value())).stream().findFirst();
    }

    @Override
    public boolean delete(SubscriptionId id) {
        return transactions.inTransaction(() -> ao.deleteWithSQL(SubscriptionEntity.class, "ID = ?", id.value()) > 0);
    }

    private List<Subscription> read(Query query) {
        List<Subscription> subscriptions = new ArrayList<>();
        for (SubscriptionEntity row : ao.find(SubscriptionEntity.class, query)) {
            subscriptions.add(SubscriptionMapper.subscription(row));
        }
        return subscriptions;
    }
}
