package io.okrscorecard.jira.users;

import com.atlassian.jira.user.ApplicationUser;
import io.okrscorecard.core.Person;

/**
 * A Jira user as the core's {@link Person}: the key for links and permissions, the display name to read. Jira 8 and
 * later give new users keys such as {@code JIRAUSER10100}, so the key is never what a page shows.
 */
public final class JiraPeople {

    private JiraPeople() {}

    /** The person of a user, {@code null} for no user (an unassigned issue). */
    public static Person of(ApplicationUser user) {
        return user == null || user.getKey() == null || user.getKey().isBlank()
                ? null
                : new Person(user.getKey(), user.getDisplayName());
    }

    /** The person with this key: the user's display name, or the key alone when Jira no longer knows the user. */
    static Person of(String key, ApplicationUser user) {
        Person known = of(user);
        return known == null ? Person.unknown(key) : new Person(key, known.displayName());
    }
}
