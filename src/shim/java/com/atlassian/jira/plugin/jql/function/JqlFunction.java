// Shim of com.atlassian.jira.plugin.jql.function.JqlFunction; source:
// https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html (the
// interface's
// methods as AbstractJqlFunction and its subclasses implement them) and
// https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/jql/function/LastLoginFunction.html (validate with
// ApplicationUser, getValues with QueryCreationContext); no Lucene type in any signature
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;

public interface JqlFunction {
    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(
            QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    boolean isList();

    JiraDataType getDataType();
}
