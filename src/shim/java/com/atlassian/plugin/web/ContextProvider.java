// Shim of com.atlassian.plugin.web.ContextProvider; source:
// https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/web/ContextProvider.html
// (interface: "void init(Map<String,String> params) throws PluginParseException", "Map<String,Object>
// getContextMap(Map<String,Object> context)"), still implemented by Jira Software 11.2's
// AgileIssueWebPanelContextProvider (docs.atlassian.com/jira-software/11.2.0). PluginParseException extends
// RuntimeException (com.atlassian.plugin.PluginException), so leaving the throws clause out changes no signature.
package com.atlassian.plugin.web;

import java.util.Map;

public interface ContextProvider {

    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
