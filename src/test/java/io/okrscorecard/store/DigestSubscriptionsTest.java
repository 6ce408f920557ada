package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class DigestSubscriptionsTest {

    private static final Instant CREATED = Instant.parse("2026-11-30T09:15:00.123Z");
    private static final String MIA = "JIRAUSER10002";
    private static final DigestSchedule MONDAY_EIGHT = new DigestSchedule(DayOfWeek.MONDAY, 8);

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    @Test
    @NonTransactional
    public void aSubscriptionReadsBackAsStored() {
        DigestScope scope =
                new DigestScope(List.of("OKR", "DEV"), Optional.empty(), List.of(PerspectiveKey.of("customer")));
        Subscription added = store.subscriptions.add(MIA, scope, new DigestSchedule(DayOfWeek.SUNDAY, 23), CREATED);

        Subscription read = store.subscriptions.find(added.id()).orElseThrow();

        assertEquals(added, read);
        assertEquals(List.of("OKR", "DEV"), read.scope().projects());
        assertEquals(DayOfWeek.SUNDAY, read.schedule().weekday());
        assertEquals(23, read.schedule().hour());
        assertEquals(Instant.parse("2026-11-30T09:15:00.123Z"), read.created());
    }

    @Test
    @NonTransactional
    public void aFilterScopeWithEveryPerspectiveKeepsItsFilterAndNoLists() {
        DigestScope scope = new DigestScope(List.of(), Optional.of(10_100L), List.of());

        Subscription added = store.subscriptions.add(MIA, scope, MONDAY_EIGHT, CREATED);

        assertEquals(scope, store.subscriptions.find(added.id()).orElseThrow().scope());
    }

    @Test
    @NonTransactional
    public void eachUserReadsOnlyTheirOwnAndAllListsEveryoneByCreation() {
        Subscription first = store.subscriptions.add(MIA, DigestScope.everything(), MONDAY_EIGHT, CREATED);
        Subscription other = store.subscriptions.add("admin", DigestScope.everything(), MONDAY_EIGHT, CREATED);
        Subscription second = store.subscriptions.add(MIA, DigestScope.everything(), MONDAY_EIGHT, CREATED);

        assertEquals(List.of(first, second), store.subscriptions.of(MIA));
        assertEquals(List.of(first, other, second), store.subscriptions.all());
    }

    @Test
    @NonTransactional
    public void theTwentyFirstSubscriptionOfAUserIsRefusedAndNotStored() {
        for (int i = 0; i < Subscription.MAX_PER_USER; i++) {
            store.subscriptions.add(MIA, DigestScope.everything(), MONDAY_EIGHT, CREATED);
        }
        try {
            store.subscriptions.add(MIA, DigestScope.everything(), MONDAY_EIGHT, CREATED);
            fail("a 21st subscription was stored");
        } catch (ValidationException expected) {
            assertEquals("subscriptions", expected.field());
        }
        assertEquals(Subscription.MAX_PER_USER, store.countOf(SubscriptionEntity.class));
        store.subscriptions.add("admin", DigestScope.everything(), MONDAY_EIGHT, CREATED);
        assertEquals(1, store.subscriptions.of("admin").size());
    }

    @Test
    @NonTransactional
    public void deletingRemovesOnlyThatSubscriptionAndTellsWhetherThereWasOne() {
        Subscription kept = store.subscriptions.add(MIA, DigestScope.everything(), MONDAY_EIGHT, CREATED);
        Subscription removed = store.subscriptions.add(MIA, DigestScope.everything(), MONDAY_EIGHT, CREATED);

        assertTrue(store.subscriptions.delete(removed.id()));
        assertFalse(store.subscriptions.delete(removed.id()));
        assertEquals(Optional.empty(), store.subscriptions.find(removed.id()));
        assertEquals(List.of(kept), store.subscriptions.all());
    }

    @Test
    @NonTransactional
    public void aSubscriberKeyLongerThanItsColumnIsRefusedNamingTheSubscriber() {
        try {
            store.subscriptions.add("k".repeat(256), DigestScope.everything(), MONDAY_EIGHT, CREATED);
            fail("stored");
        } catch (ValidationException expected) {
            assertEquals("subscriber", expected.field());
        }
        assertEquals(0, store.countOf(SubscriptionEntity.class));
    }
}
