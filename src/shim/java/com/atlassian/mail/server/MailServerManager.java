// Shim of com.atlassian.mail.server.MailServerManager (atlassian-mail); source:
// https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/server/package-summary.html (interface) and
// public Jira apps that @ComponentImport it and call getDefaultSMTPMailServer() (null: none configured), which
// declares MailException; subset of members
package com.atlassian.mail.server;

import com.atlassian.mail.MailException;

public interface MailServerManager {

    SMTPMailServer getDefaultSMTPMailServer() throws MailException;
}
