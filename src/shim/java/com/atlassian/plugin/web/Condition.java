// Shim of com.atlassian.plugin.web.Condition; source:
// https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html
// (interface: "void init(Map<String,String> params) throws PluginParseException", "boolean
// shouldDisplay(Map<String,Object> context)"); Jira Software 11.1's IsSoftwareProjectCondition implements the same two
// methods (docs.atlassian.com/jira-software/11.1.0-m0011). The real interface also extends
// com.atlassian.plugin.web.api.baseconditions.BaseCondition, which the app never names. PluginParseException is a
// RuntimeException, so leaving the throws clause out changes no signature.
package com.atlassian.plugin.web;

import java.util.Map;

public interface Condition {

    void init(Map<String, String> params);

    boolean shouldDisplay(Map<String, Object> context);
}
