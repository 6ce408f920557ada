package io.okrscorecard.app;

import io.okrscorecard.core.Person;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.JiraMeasures;
import io.okrscorecard.core.port.KeyResultMeasures;
import io.okrscorecard.core.port.UserDirectory;
import java.util.Optional;

/**
 * A Jira administrator chooses the technical user that Jira measures run as: what that user may browse decides every
 * measured number. Without one no measure runs, and each measured key result says why.
 */
public final class ChoosingTechnicalUser {
    private final Administrators administrators;
    private final KeyResultMeasures measures;
    private final JiraMeasures jira;
    private final UserDirectory users;

    public ChoosingTechnicalUser(
            Administrators administrators, KeyResultMeasures measures, JiraMeasures jira, UserDirectory users) {
        this.administrators = administrators;
        this.measures = measures;
        this.jira = jira;
        this.users = users;
    }

    /** The technical user, empty when none is chosen. */
    public Optional<Person> technicalUser() {
        administrators.require();
        return measures.technicalUser().map(users::person);
    }

    /** Sets the technical user by user key, or clears it with {@code null} or blank. */
    public Optional<Person> choose(String userKey) {
        administrators.require();
        String key = userKey == null || userKey.isBlank() ? null : userKey.strip();
        if (key != null && !jira.userExists(key)) {
            throw new ValidationException("technicalUser", "Jira knows no active user with the key '" + key + "'");
        }
        measures.saveTechnicalUser(key);
        return technicalUser();
    }
}
