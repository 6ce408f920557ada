// Shim of com.atlassian.jira.jql.operand.QueryLiteral; source:
// https://docs.atlassian.com/jira/4.0/com/atlassian/jira/jql/operand/QueryLiteral.html (class; QueryLiteral(Operand
// sourceOperand, Long longValue): "issue ids are represented using a Long"; getLongValue()); subset
package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

public class QueryLiteral {
    public QueryLiteral(Operand sourceOperand, Long longValue) {}

    public Long getLongValue() {
        return null;
    }
}
