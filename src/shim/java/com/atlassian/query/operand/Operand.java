// Shim of com.atlassian.query.operand.Operand; source:
// https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/query/operand/MultiValueOperand.html ("implements
// Operand", getName(), getDisplayString()); subset
package com.atlassian.query.operand;

public interface Operand {
    String getName();

    String getDisplayString();
}
