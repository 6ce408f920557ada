// Shim of com.atlassian.jira.util.I18nHelper; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/util/I18nHelper.html
// (interface: String getText(String key), getText(String key, String value1), getText(String key, String value1,
// String value2)); returned by AbstractJqlFunction.getI18n(); subset
package com.atlassian.jira.util;

public interface I18nHelper {
    String getText(String key);

    String getText(String key, String value1);

    String getText(String key, String value1, String value2);
}
