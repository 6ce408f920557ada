// Shim of com.atlassian.mail.queue.SingleMailQueueItem (atlassian-mail); source:
// https://docs.atlassian.com/atlassian-mail/1.9/apidocs/ (class extending AbstractMailQueueItem,
// "SingleMailQueueItem(Email email)", "Email getEmail()") and paulcadman/jira-emailnotify EmailQueuer.java; its send()
// sends through the default SMTP server unless sending is disabled; subset of members
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

public class SingleMailQueueItem implements MailQueueItem {

    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public void send() throws MailException {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Email getEmail() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
