package io.okrscorecard.core;

/**
 * A Jira user as the app shows them: the user key, stable for links and permissions (on Jira 8 and later often
 * {@code JIRAUSER10100}, never meant for people to read), and the display name people read. A user Jira no longer
 * knows, or one without a display name, is shown by the key: a person is never shown blank.
 */
public record Person(String key, String displayName) {

    public Person {
        ValidationException.requireText(key, "person.key");
        displayName = displayName == null || displayName.isBlank() ? key : displayName.strip();
    }

    /** A user known only by the key (deleted, or never known to this Jira): shown by the key. */
    public static Person unknown(String key) {
        return new Person(key, null);
    }
}
