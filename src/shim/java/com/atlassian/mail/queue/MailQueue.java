// Shim of com.atlassian.mail.queue.MailQueue (atlassian-mail); source:
// https://docs.atlassian.com/atlassian-mail/1.9/apidocs/
// (interface; "void addItem(MailQueueItem item)": the queue Jira sends from on its mail queue job) and public Jira
// apps that @ComponentImport it; subset of members
package com.atlassian.mail.queue;

public interface MailQueue {

    void addItem(MailQueueItem item);
}
