// Shim of com.atlassian.sal.api.message.I18nResolver; source:
// https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html (no
// super-interface; subset of members); getAllTranslationsForPrefix(String): same interface ("Map<String, String>
// getAllTranslationsForPrefix(String prefix)", since SAL 2.1); getAllTranslationsForPrefix(String, Locale): same
// interface ("Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale)", since SAL 2.1; Jira's
// com.atlassian.jira.i18n.JiraI18nResolver implements it);
// getText(Locale, String, Serializable...): the same SAL 3.0.0 interface page ("Given a key and a list of arguments:
// ... the
// i18ned text formatted with the arguments")
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    String getRawText(String key);

    Map<String, String> getAllTranslationsForPrefix(String prefix);

    Map<String, String> getAllTranslationsForPrefix(String prefix, Locale locale);
}
