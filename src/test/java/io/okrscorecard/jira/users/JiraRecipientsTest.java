package io.okrscorecard.jira.users;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.mail.Recipient;
import java.util.Locale;
import java.util.Optional;
import org.junit.Test;

public class JiraRecipientsTest {
    private final UserManager users = mock(UserManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final JiraRecipients recipients = new JiraRecipients(users, locales);

    private ApplicationUser user(String key, boolean active, String address) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn("Alice Example");
        when(user.isActive()).thenReturn(active);
        when(user.getEmailAddress()).thenReturn(address);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    @Test
    public void anActiveUserIsMailedAtTheirAddressInTheLanguageJiraShowsThem() {
        user("JIRAUSER10100", true, " alice@example.com ");
        try (var userKeys = org.mockito.Mockito.mockConstruction(UserKey.class)) {
            when(locales.getLocale(any())).thenReturn(Locale.GERMAN);

            assertEquals(
                    Optional.of(new Recipient(
                            new Person("JIRAUSER10100", "Alice Example"), "alice@example.com", Locale.GERMAN)),
                    recipients.recipient("JIRAUSER10100"));
        }
    }

    @Test
    public void inactiveUsersUsersWithoutAnAddressAndUnknownUsersGetNoMail() {
        user("JIRAUSER10200", false, "bob@example.com");
        user("JIRAUSER10300", true, " ");
        user("JIRAUSER10400", true, null);

        assertEquals(Optional.empty(), recipients.recipient("JIRAUSER10200"));
        assertEquals(Optional.empty(), recipients.recipient("JIRAUSER10300"));
        assertEquals(Optional.empty(), recipients.recipient("JIRAUSER10400"));
        assertEquals(Optional.empty(), recipients.recipient("JIRAUSER99999"));
    }
}
