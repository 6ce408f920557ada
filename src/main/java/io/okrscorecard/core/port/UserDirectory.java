package io.okrscorecard.core.port;

import io.okrscorecard.core.Person;

/**
 * Finds Jira users by key: the app stores user keys (a check-in's author) and shows people by their display name.
 */
public interface UserDirectory {

    /** The user with this key; a key Jira no longer knows is {@link Person#unknown a person shown by the key}. */
    Person person(String userKey);
}
