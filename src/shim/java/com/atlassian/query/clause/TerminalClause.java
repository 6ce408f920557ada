// Shim of com.atlassian.query.clause.TerminalClause; source:
// https://docs.atlassian.com/jira/server/com/atlassian/query/clause/TerminalClause.html (interface); the app only
// passes it on
package com.atlassian.query.clause;

public interface TerminalClause {}
