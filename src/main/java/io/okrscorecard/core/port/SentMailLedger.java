package io.okrscorecard.core.port;

import java.time.Instant;

/**
 * What the cluster has sent: one entry per mail and day (a person's check-in reminder, a subscription's digest),
 * claimed before the mail is handed to the outgoing mail, so that neither a restart in the middle of a run nor a
 * second node sends it again.
 */
public interface SentMailLedger {

    /**
     * Claims a mail, atomically across the cluster.
     *
     * @param mailKey what is sent and for which day, e.g. {@code reminder:JIRAUSER10100:2026-12-04}
     * @return false when it was claimed before, by this run, an earlier one or another node
     */
    boolean claim(String mailKey, Instant at);

    /** Gives a claim back because its mail could not be handed over, so that a later run sends it. */
    void release(String mailKey);
}
