package io.okrscorecard.sandbox.server;

import io.okrscorecard.core.Person;
import io.okrscorecard.core.port.UserDirectory;
import io.okrscorecard.sandbox.ImportedJira;
import io.okrscorecard.sandbox.demo.ServiceDesk;

/**
 * The sandbox's users as Jira's user directory answers: the sandbox's own {@link SandboxUsers personas}, then the
 * users the export names (issue assignees, with the display name the export gives), the demo's service account that
 * measures run as, else a user Jira no longer knows, shown by the key.
 */
final class SandboxPeople implements UserDirectory {
    private final SandboxUsers users;
    private final ImportedJira imported;

    SandboxPeople(SandboxUsers users, ImportedJira imported) {
        this.users = users;
        this.imported = imported;
    }

    @Override
    public Person person(String userKey) {
        if (ServiceDesk.TECHNICAL_USER_KEY.equals(userKey)) {
            return new Person(userKey, ServiceDesk.TECHNICAL_USER_NAME);
        }
        return users.person(userKey).or(() -> imported.person(userKey)).orElseGet(() -> Person.unknown(userKey));
    }
}
