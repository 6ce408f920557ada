// Shim of com.atlassian.sal.api.message.I18nResolver; source:
// https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html (no
// super-interface; subset of members)
package com.atlassian.sal.api.message;

import java.io.Serializable;

public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getRawText(String key);
}
