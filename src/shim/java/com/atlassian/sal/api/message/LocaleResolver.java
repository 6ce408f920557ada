// Shim of com.atlassian.sal.api.message.LocaleResolver; source:
// https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/i18n/JiraLocaleResolver.html (Jira's
// implementation: "Locale getLocale(UserKey userKey)", the user's language else the instance default) and
// https://docs.atlassian.com/atlassian-confluence/6.6.0/com/atlassian/sal/confluence/message/ConfluenceLocaleResolver.html
// (the interface's members); subset of members
package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

public interface LocaleResolver {

    Locale getLocale(UserKey userKey);
}
