// Shim of com.atlassian.mail.MailFactory (atlassian-mail); source:
// https://docs.atlassian.com/atlassian-mail/1.9/apidocs/
// ("public static boolean isSendingDisabled()", deprecated in later atlassian-mail in favour of
// getSettings().isSendingDisabled() but kept; Jira's own SingleMailQueueItem drops a mail while it is true); UNVERIFIED
// that atlassian-mail 8 (Jira 11) still has it; subset of members
package com.atlassian.mail;

public class MailFactory {

    public static boolean isSendingDisabled() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
