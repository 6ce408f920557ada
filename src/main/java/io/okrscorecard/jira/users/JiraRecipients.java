package io.okrscorecard.jira.users;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import io.okrscorecard.core.mail.Recipient;
import io.okrscorecard.core.port.Recipients;
import java.util.Locale;
import java.util.Optional;

/**
 * Jira's users as mail recipients: the user's email address and language. The language is SAL's {@code
 * LocaleResolver.getLocale(UserKey)}, which Jira implements as the user's own language setting, else the instance's
 * default ({@code JiraLocaleResolver}, docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/i18n/
 * JiraLocaleResolver.html). Inactive users and users without an address get no mail.
 */
public final class JiraRecipients implements Recipients {

    private final UserManager users;
    private final LocaleResolver locales;

    public JiraRecipients(UserManager users, LocaleResolver locales) {
        this.users = users;
        this.locales = locales;
    }

    @Override
    public Optional<Recipient> recipient(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        if (user == null || !user.isActive()) {
            return Optional.empty();
        }
        String address = user.getEmailAddress();
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        Locale locale = locales.getLocale(new UserKey(userKey));
        return Optional.of(new Recipient(
                JiraPeople.of(userKey, user), address.strip(), locale == null ? Locale.getDefault() : locale));
    }
}
