package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.SentMailLedger;
import java.time.Instant;
import java.util.Map;
import net.java.ao.Query;

/**
 * The ledger of claimed mails in the SENT_MAIL table. A claim is one insert of the unique mail key in its own
 * transaction: when another node inserted it first, the unique constraint rejects the insert, the transaction rolls
 * back (on PostgreSQL a failed statement spoils only that transaction) and the claim answers false. A conflict without
 * the row in place (a lock timeout, a serialization failure of a writer that then rolled back) is retried, so that a
 * mail nobody holds is never reported as claimed.
 */
public final class AoSentMailLedger implements SentMailLedger {

    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;

    public AoSentMailLedger(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this.ao = ao;
        this.transactions = transactions;
    }

    @Override
    public boolean claim(String mailKey, Instant at) {
        String key = Columns.text(
                ValidationException.requireText(mailKey, "mail.key"), SentMailEntity.MAIL_KEY_LENGTH, "mail.key");
        long claimedAt = Columns.millis(ValidationException.requireValue(at, "mail.claimedAt"));
        RuntimeException lastConflict = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (exists(key)) {
                return false;
            }
            try {
                transactions.inTransaction(() -> ao.create(
                        SentMailEntity.class,
                        Map.of(SentMailEntity.MAIL_KEY, key, SentMailEntity.CLAIMED_AT, claimedAt)));
                return true;
            } catch (RuntimeException failure) {
                if (!WriteConflicts.isConflict(failure) || transactions.isActive()) {
                    throw failure;
                }
                lastConflict = failure;
            }
        }
        if (exists(key)) {
            return false;
        }
        throw lastConflict;
    }

    @Override
    public void release(String mailKey) {
        String key = ValidationException.requireText(mailKey, "mail.key");
        transactions.inTransaction(() -> {
            ao.delete(ao.find(SentMailEntity.class, Query.select().where(SentMailEntity.MAIL_KEY + " = ?", key)));
            return null;
        });
    }

    private boolean exists(String key) {
        return ao.count(SentMailEntity.class, Query.select().where(SentMailEntity.MAIL_KEY + " = ?", key)) > 0;
    }
}
