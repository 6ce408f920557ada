// Shim of com.atlassian.sal.api.message.LocaleResolver; sources:
// https://docs.atlassian.com/atlassian-confluence/5.9.1/com/atlassian/sal/confluence/message/ConfluenceLocaleResolver.html
// ("Locale getLocale()", specified by the interface com.atlassian.sal.api.message.LocaleResolver: the locale of the
// current request's user),
// https://docs.atlassian.com/atlassian-confluence/6.6.0/com/atlassian/sal/confluence/message/ConfluenceLocaleResolver.html
// (the interface's members) and
// https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/i18n/JiraLocaleResolver.html (Jira's
// implementation: "Locale getLocale(UserKey userKey)", the user's language else the instance default); subset of
// members
package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

public interface LocaleResolver {

    Locale getLocale();

    Locale getLocale(UserKey userKey);
}
