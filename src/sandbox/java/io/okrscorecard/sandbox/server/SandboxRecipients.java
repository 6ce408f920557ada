package io.okrscorecard.sandbox.server;

import io.okrscorecard.core.Person;
import io.okrscorecard.core.mail.Recipient;
import io.okrscorecard.core.port.Recipients;
import io.okrscorecard.sandbox.ImportedJira;
import java.util.Locale;
import java.util.Optional;

/**
 * The sandbox's users as mail recipients: the personas and the users the export names, each at an address of the
 * reserved domain {@code example.com} made from the display name (Alice Example: {@code alice.example@example.com}), in
 * English. Unknown users get no mail, as in Jira.
 */
final class SandboxRecipients implements Recipients {
    private final SandboxUsers users;
    private final ImportedJira imported;

    SandboxRecipients(SandboxUsers users, ImportedJira imported) {
        this.users = users;
        this.imported = imported;
    }

    @Override
    public Optional<Recipient> recipient(String userKey) {
        return users.person(userKey)
                .or(() -> imported.person(userKey))
                .map(person -> new Recipient(person, address(person), Locale.ENGLISH));
    }

    static String address(Person person) {
        String local = person.displayName()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", ".")
                .replaceAll("^\\.|\\.$", "");
        return (local.isEmpty() ? person.key().toLowerCase(Locale.ROOT) : local) + "@example.com";
    }
}
