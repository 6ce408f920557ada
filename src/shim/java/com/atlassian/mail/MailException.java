// Shim of com.atlassian.mail.MailException (atlassian-mail); source:
// https://docs.atlassian.com/atlassian-mail/1.9/apidocs/ (class com.atlassian.mail.MailException, a checked
// exception: SMTPMailServerImpl wraps MessagingException in it)
package com.atlassian.mail;

public class MailException extends Exception {
    private static final long serialVersionUID = 1L;

    public MailException(String message) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
