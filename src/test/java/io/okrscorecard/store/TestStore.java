package io.okrscorecard.store;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/** The store's repositories over the database the AO runner gave a test, sharing one transaction manager. */
final class TestStore {

    final TestActiveObjects ao;
    final ActiveObjectsTransactions transactions;
    final AoScorecardSettingsRepository settings;
    final AoHostObjectRegistry hostObjects;
    final AoMaterialisedProgressRepository progress;
    final AoCheckInRepository checkIns;
    final AoSnapshotRepository snapshots;
    final AoDirtyKeyResultJournal journal;

    TestStore(EntityManager entityManager) {
        ao = new TestActiveObjects(entityManager);
        transactions = new ActiveObjectsTransactions(ao);
        settings = new AoScorecardSettingsRepository(ao, transactions);
        hostObjects = new AoHostObjectRegistry(ao, transactions);
        progress = new AoMaterialisedProgressRepository(ao, transactions);
        checkIns = new AoCheckInRepository(ao, transactions);
        snapshots = new AoSnapshotRepository(ao, transactions);
        journal = new AoDirtyKeyResultJournal(ao, transactions);
    }

    /** Rows in every table of the store, to prove that a failed write left nothing behind. */
    int rowsInAllTables() {
        int rows = 0;
        for (Class<? extends RawEntity<?>> entity : Entities.ALL) {
            rows += countOf(entity);
        }
        return rows;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    int countOf(Class<? extends RawEntity<?>> entity) {
        return ao.count((Class) entity);
    }
}
