// Shim of com.atlassian.jira.plugin.jql.function.AbstractJqlFunction; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html (@PublicSpi
// abstract class implementing JqlFunction: init, getFunctionName, isList, getModuleDescriptor, protected getI18n,
// protected validateNumberOfArgs(FunctionOperand, int)); subset
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;

public abstract class AbstractJqlFunction implements JqlFunction {
    public AbstractJqlFunction() {}

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {}

    public JqlFunctionModuleDescriptor getModuleDescriptor() {
        return null;
    }

    @Override
    public String getFunctionName() {
        return null;
    }

    @Override
    public boolean isList() {
        return false;
    }

    protected I18nHelper getI18n() {
        return null;
    }

    protected MessageSet validateNumberOfArgs(FunctionOperand operand, int expected) {
        return null;
    }
}
