package io.okrscorecard.store;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/** The store's repositories over one database, sharing one transaction manager. */
public class TestStore {

    public final TestActiveObjects ao;
    public final ActiveObjectsTransactions transactions;
    public final AoScorecardSettingsRepository settings;
    public final AoHostObjectRegistry hostObjects;
    public final AoMaterialisedProgressRepository progress;
    public final AoCheckInRepository checkIns;
    public final AoSnapshotRepository snapshots;
    public final AoDirtyKeyResultJournal journal;
    public final AoSubscriptionRepository subscriptions;
    public final AoSentMailLedger sentMail;
    public final AoNotificationPreferences notificationPreferences;
    public final AoReviewRepository reviews;
    public final AoCycleReviews cycleReviews;
    public final AoWorkSetIndex workSets;
    public final AoKeyResultMeasures measures;

    public TestStore(EntityManager entityManager) {
        this(entityManager, false);
    }

    /**
     * With {@code rowByRow}, the progress store inserts one row per statement, as it does on a facade without the
     * multi-row create ({@link AoInserts#rowByRow}); otherwise it detects the way from the facade, as in Jira.
     */
    TestStore(EntityManager entityManager, boolean rowByRow) {
        ao = new TestActiveObjects(entityManager);
        transactions = new ActiveObjectsTransactions(ao);
        settings = new AoScorecardSettingsRepository(ao, transactions);
        hostObjects = new AoHostObjectRegistry(ao, transactions);
        progress = new AoMaterialisedProgressRepository(
                ao, transactions, rowByRow ? AoInserts.rowByRow(ao) : AoInserts.detect(ao));
        checkIns = new AoCheckInRepository(ao, transactions);
        snapshots = new AoSnapshotRepository(ao, transactions);
        journal = new AoDirtyKeyResultJournal(ao, transactions);
        subscriptions = new AoSubscriptionRepository(ao, transactions);
        sentMail = new AoSentMailLedger(ao, transactions);
        notificationPreferences = new AoNotificationPreferences(ao, transactions);
        reviews = new AoReviewRepository(ao, transactions);
        cycleReviews = new AoCycleReviews(ao, transactions, settings);
        workSets = new AoWorkSetIndex(ao, transactions, rowByRow ? AoInserts.rowByRow(ao) : AoInserts.detect(ao));
        measures = new AoKeyResultMeasures(ao, transactions, checkIns);
    }

    /** Rows in every table of the store, to prove that a failed write left nothing behind. */
    public int rowsInAllTables() {
        int rows = 0;
        for (Class<? extends RawEntity<?>> entity : Entities.ALL) {
            rows += countOf(entity);
        }
        return rows;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public int countOf(Class<? extends RawEntity<?>> entity) {
        return ao.count((Class) entity);
    }
}
