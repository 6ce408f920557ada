package io.okrscorecard.jira.users;

import com.atlassian.jira.user.util.UserManager;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.port.UserDirectory;

/** Jira's users behind the {@link UserDirectory} seam: a stored user key read back as the person Jira shows. */
public final class JiraUserDirectory implements UserDirectory {

    private final UserManager users;

    public JiraUserDirectory(UserManager users) {
        this.users = users;
    }

    @Override
    public Person person(String userKey) {
        return JiraPeople.of(userKey, users.getUserByKey(userKey));
    }
}
