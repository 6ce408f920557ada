package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class SentMailLedgerTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
    private static final String REMINDER = "reminder:JIRAUSER10100:2026-12-04";

    private EntityManager entityManager;
    private TestStore store;
    private ExecutorService threads;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
        threads = Executors.newFixedThreadPool(8);
    }

    @After
    public void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    @NonTransactional
    public void aMailIsClaimedOnceAndASecondClaimLoses() {
        assertTrue(store.sentMail.claim(REMINDER, NOW));

        assertFalse(store.sentMail.claim(REMINDER, NOW.plusSeconds(3600)));
        assertTrue(store.sentMail.claim("reminder:JIRAUSER10100:2026-12-05", NOW.plusSeconds(86_400)));
        assertEquals(2, store.countOf(SentMailEntity.class));
    }

    @Test
    @NonTransactional
    public void aReleasedClaimCanBeClaimedAgain() {
        store.sentMail.claim(REMINDER, NOW);

        store.sentMail.release(REMINDER);

        assertEquals(0, store.countOf(SentMailEntity.class));
        assertTrue(store.sentMail.claim(REMINDER, NOW.plusSeconds(60)));
    }

    @Test
    @NonTransactional
    public void ofEightConcurrentClaimsExactlyOneWinsAndTheOthersLoseCleanly() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claims.add(threads.submit(() -> {
                start.await();
                return store.sentMail.claim(REMINDER, NOW);
            }));
        }
        start.countDown();

        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }

        assertEquals(1, won);
        assertEquals(1, store.countOf(SentMailEntity.class));
        assertFalse(store.sentMail.claim(REMINDER, NOW));
    }

    @Test(expected = ValidationException.class)
    @NonTransactional
    public void aKeyLongerThanItsColumnIsRejected() {
        store.sentMail.claim("reminder:" + "x".repeat(SentMailEntity.MAIL_KEY_LENGTH), NOW);
    }

    @Test
    @NonTransactional
    public void remindersAreOnUntilTheUserTurnsThemOffAndOnAgain() {
        assertTrue(store.notificationPreferences.remindersOn("JIRAUSER10100"));

        store.notificationPreferences.setRemindersOn("JIRAUSER10100", false);
        store.notificationPreferences.setRemindersOn("JIRAUSER10100", false);

        assertFalse(store.notificationPreferences.remindersOn("JIRAUSER10100"));
        assertTrue(store.notificationPreferences.remindersOn("JIRAUSER10200"));
        assertEquals(1, store.countOf(MailPreferenceEntity.class));
        store.notificationPreferences.setRemindersOn("JIRAUSER10100", true);
        assertTrue(store.notificationPreferences.remindersOn("JIRAUSER10100"));
        assertEquals(0, store.countOf(MailPreferenceEntity.class));
    }
}
