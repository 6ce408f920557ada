// Shim of com.atlassian.query.operand.FunctionOperand; source:
// https://docs.atlassian.com/jira/server/com/atlassian/query/operand/FunctionOperand.html (class implementing Operand,
// FunctionOperand(String name, List<String> args), List<String> getArgs()); used by public functions such as
// ProjectsFunction (operand.getArgs()); subset
package com.atlassian.query.operand;

import java.util.List;

public class FunctionOperand implements Operand {
    public FunctionOperand(String name, List<String> args) {}

    public List<String> getArgs() {
        return null;
    }

    @Override
    public String getName() {
        return null;
    }

    @Override
    public String getDisplayString() {
        return null;
    }
}
