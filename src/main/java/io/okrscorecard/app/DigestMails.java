package io.okrscorecard.app;

import io.okrscorecard.core.mail.Recipient;

/**
 * Writes a digest as an email for its recipient, in the recipient's language: the subject, an HTML part whose every
 * value is escaped, and the same content as plain text. The {@code mail} adapter implements it with a template.
 */
public interface DigestMails {

    /** The parts of one digest mail, before the report is attached. */
    record Written(String subject, String html, String text) {}

    Written write(Digest digest, Recipient recipient);
}
