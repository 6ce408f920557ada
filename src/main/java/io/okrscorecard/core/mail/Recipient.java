package io.okrscorecard.core.mail;

import io.okrscorecard.core.Person;
import io.okrscorecard.core.ValidationException;
import java.util.Locale;

/**
 * A Jira user the app can mail: the person, their email address and the language Jira shows them (their own setting,
 * else the instance's default).
 */
public record Recipient(Person person, String emailAddress, Locale locale) {
    public Recipient {
        ValidationException.requireValue(person, "recipient.person");
        ValidationException.requireText(emailAddress, "recipient.emailAddress");
        ValidationException.requireValue(locale, "recipient.locale");
    }
}
