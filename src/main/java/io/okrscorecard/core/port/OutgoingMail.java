package io.okrscorecard.core.port;

import io.okrscorecard.core.mail.MailMessage;

/**
 * Jira's outgoing mail: its mail queue and the SMTP server the administrator configured, so that the app's mail needs
 * no configuration of its own.
 */
public interface OutgoingMail {

    /** Whether mail can go out now: a default SMTP server is configured and outgoing mail is not disabled. */
    boolean available();

    /**
     * Hands the message to the outgoing mail.
     *
     * @throws MailUnavailableException when no mail can go out now; nothing was queued
     */
    void send(MailMessage message);

    /** No mail can go out: no SMTP server is configured, or outgoing mail is disabled. */
    final class MailUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailUnavailableException(String message) {
            super(message);
        }
    }
}
