package io.okrscorecard.sandbox.server;

import io.okrscorecard.store.ActiveObjectsTransactions;
import io.okrscorecard.store.AoCheckInRepository;
import io.okrscorecard.store.AoCycleReviews;
import io.okrscorecard.store.AoDirtyKeyResultJournal;
import io.okrscorecard.store.AoKeyResultMeasures;
import io.okrscorecard.store.AoMaterialisedProgressRepository;
import io.okrscorecard.store.AoNotificationPreferences;
import io.okrscorecard.store.AoScorecardSettingsRepository;
import io.okrscorecard.store.AoSentMailLedger;
import io.okrscorecard.store.AoSnapshotRepository;
import io.okrscorecard.store.AoSubscriptionRepository;
import io.okrscorecard.store.AoWorkSetIndex;
import io.okrscorecard.store.TestActiveObjects;

/** The app's store on the sandbox's database: every repository over one Active Objects. */
record SandboxStore(
        TestActiveObjects ao,
        ActiveObjectsTransactions transactions,
        AoScorecardSettingsRepository settings,
        AoMaterialisedProgressRepository progress,
        AoCheckInRepository checkIns,
        AoSnapshotRepository snapshots,
        AoDirtyKeyResultJournal journal,
        AoSubscriptionRepository subscriptions,
        AoNotificationPreferences preferences,
        AoSentMailLedger sentMail,
        AoCycleReviews cycleReviews,
        AoWorkSetIndex workSets,
        AoKeyResultMeasures measures) {

    static SandboxStore over(TestActiveObjects ao) {
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        AoScorecardSettingsRepository settings = new AoScorecardSettingsRepository(ao, transactions);
        AoCheckInRepository checkIns = new AoCheckInRepository(ao, transactions);
        return new SandboxStore(
                ao,
                transactions,
                settings,
                new AoMaterialisedProgressRepository(ao, transactions),
                checkIns,
                new AoSnapshotRepository(ao, transactions),
                new AoDirtyKeyResultJournal(ao, transactions),
                new AoSubscriptionRepository(ao, transactions),
                new AoNotificationPreferences(ao, transactions),
                new AoSentMailLedger(ao, transactions),
                new AoCycleReviews(ao, transactions, settings),
                new AoWorkSetIndex(ao, transactions),
                new AoKeyResultMeasures(ao, transactions, checkIns));
    }
}
