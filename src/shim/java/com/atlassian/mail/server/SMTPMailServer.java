// Shim of com.atlassian.mail.server.SMTPMailServer (atlassian-mail); source:
// https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/server/package-summary.html (interface,
// String getDefaultFrom()); subset of members
package com.atlassian.mail.server;

public interface SMTPMailServer {

    String getDefaultFrom();
}
