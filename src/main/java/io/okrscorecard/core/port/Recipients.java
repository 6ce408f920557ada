package io.okrscorecard.core.port;

import io.okrscorecard.core.mail.Recipient;
import java.util.Optional;

/** Jira's users as mail recipients: the address and language Jira knows for a stored user key. */
public interface Recipients {

    /** The user with this key; empty when Jira does not know the user, the user is inactive or has no address. */
    Optional<Recipient> recipient(String userKey);
}
