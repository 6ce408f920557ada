// Shim of com.atlassian.sal.api.message.LocaleResolver; source:
// https://docs.atlassian.com/atlassian-confluence/5.9.1/com/atlassian/sal/confluence/message/ConfluenceLocaleResolver.html
// ("Locale getLocale()", specified by the interface com.atlassian.sal.api.message.LocaleResolver: the locale of the
// current request's user); Jira's com.atlassian.jira.sal.JiraLocaleResolver implements it (subset of members)
package com.atlassian.sal.api.message;

import java.util.Locale;

public interface LocaleResolver {

    Locale getLocale();
}
