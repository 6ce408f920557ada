// Shim of com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor; source:
// https://docs.atlassian.com/jira-project/4.3-m5-r139056-1/com/atlassian/jira/plugin/jql/function/JqlFunctionModuleDescriptor.html
// (the descriptor of <jql-function> with <fname> and <list>). UNVERIFIED kind on Jira 10/11: an abstract class in 4.3;
// since Jira 7 its parent JiraResourcedModuleDescriptor is an interface. The app never calls or overrides a member
// of it (AbstractJqlFunction.init takes it; the app inherits that method), so no member is shimmed.
package com.atlassian.jira.plugin.jql.function;

public interface JqlFunctionModuleDescriptor {}
