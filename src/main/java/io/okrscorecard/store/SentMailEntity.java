package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A mail claimed for sending ({@code SentMailLedger}). {@link #MAIL_KEY} is unique, so of two nodes claiming the same
 * mail at once exactly one insert succeeds.
 */
@Preload
@Table(SentMailEntity.TABLE)
public interface SentMailEntity extends Entity {
    String TABLE = "SENT_MAIL";
    String MAIL_KEY = "MAIL_KEY";
    String CLAIMED_AT = "CLAIMED_AT";
    int MAIL_KEY_LENGTH = 255;

    /** What is sent and for which day, e.g. {@code reminder:JIRAUSER10100:2026-12-04}. */
    @NotNull
    @Unique
    @StringLength(MAIL_KEY_LENGTH)
    @Accessor(MAIL_KEY)
    String getMailKey();

    /** Epoch milliseconds. */
    @NotNull
    @Accessor(CLAIMED_AT)
    long getClaimedAt();
}
