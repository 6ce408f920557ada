// Shim of com.atlassian.jira.issue.customfields.option.Options; source:
// https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/customfields/option/OptionsImpl.html (OptionsImpl
// extends
// ArrayList<Option> implements Options; Options is an interface extending List<Option>; no own members needed)
package com.atlassian.jira.issue.customfields.option;

import java.util.List;

public interface Options extends List<Option> {}
