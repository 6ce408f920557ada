package io.okrscorecard.app;

import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.SubscriptionId;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.SavedFilters;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SubscriptionRepository;
import io.okrscorecard.core.port.UserDirectory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Users subscribe to the weekly digest of a scorecard scope, list and remove their own subscriptions; Jira
 * administrators list everybody's and remove any. The checks are here, whatever the REST annotations say: a user acts
 * only for themself, and may subscribe only to a saved filter they can see.
 */
public final class SubscribingToDigests {
    private final AccessControl access;
    private final Administrators administrators;
    private final SubscriptionRepository subscriptions;
    private final ScorecardSettingsRepository settings;
    private final SavedFilters savedFilters;
    private final UserDirectory users;
    private final Clock clock;

    public SubscribingToDigests(
            AccessControl access,
            Administrators administrators,
            SubscriptionRepository subscriptions,
            ScorecardSettingsRepository settings,
            SavedFilters savedFilters,
            UserDirectory users,
            Clock clock) {
        this.access = access;
        this.administrators = administrators;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.savedFilters = savedFilters;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A subscription as a page shows it: the subscriber by display name and the perspectives of its scope by name (a
     * perspective the admin has since removed is left out).
     */
    public record Listed(Subscription subscription, Person subscriber, List<Perspective> perspectives) {}

    /** Jira's default time zone, in which every subscription's hour is read. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The current user's subscriptions, oldest first. */
    public List<Listed> mine() {
        Viewer viewer = Viewers.require(access);
        return listed(subscriptions.of(viewer.userKey()));
    }

    /** Every user's subscriptions, for Jira administrators. */
    public List<Listed> all() {
        administrators.require();
        return listed(subscriptions.all());
    }

    /**
     * Subscribes the current user. Perspectives must exist; a saved filter must be one the user can see (else a 400
     * naming {@code filter}, as for a filter that does not exist: Jira does not tell the two apart).
     */
    public Listed subscribe(DigestScope scope, DigestSchedule schedule) {
        Viewer viewer = Viewers.require(access);
        ValidationException.requireValue(scope, "scope");
        ValidationException.requireValue(schedule, "schedule");
        Perspectives perspectives = settings.perspectives();
        for (PerspectiveKey key : scope.perspectives()) {
            if (perspectives.find(key).isEmpty()) {
                throw new ValidationException("perspectives", "no perspective '" + key.value() + "'");
            }
        }
        scope.filter().ifPresent(filter -> {
            if (savedFilters.matching(viewer, filter, List.of()).isEmpty()) {
                throw new ValidationException("filter", "no saved filter " + filter + " that you can see");
            }
        });
        return listed(List.of(subscriptions.add(viewer.userKey(), scope, schedule, clock.instant())))
                .get(0);
    }

    /**
     * Removes one of the current user's subscriptions, or anybody's for a Jira administrator; another user's
     * subscription answers as if it did not exist.
     */
    public void remove(SubscriptionId id) {
        Viewer viewer = Viewers.require(access);
        Optional<Subscription> found = subscriptions.find(id);
        boolean mayRemove = found.isPresent()
                && (found.get().subscriberKey().equals(viewer.userKey()) || access.isAdministrator(viewer));
        if (!mayRemove || !subscriptions.delete(id)) {
            throw new NotFoundException("no subscription " + id + " of yours");
        }
    }

    private List<Listed> listed(List<Subscription> found) {
        Perspectives perspectives = settings.perspectives();
        List<Listed> listed = new ArrayList<>();
        for (Subscription subscription : found) {
            List<Perspective> named = new ArrayList<>();
            subscription.scope().perspectives().forEach(key -> perspectives
                    .find(key)
                    .ifPresent(named::add));
            listed.add(new Listed(subscription, users.person(subscription.subscriberKey()), named));
        }
        return listed;
    }
}
