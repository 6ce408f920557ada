// Shim of com.atlassian.mail.queue.MailQueueItem (atlassian-mail); source:
// https://docs.atlassian.com/atlassian-mail/1.9/apidocs/ (interface extending com.atlassian.core.task.Task and
// Comparable, "void send() throws MailException"); subset of members, super-interfaces left out (the app only passes
// items to MailQueue.addItem)
package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;

public interface MailQueueItem {

    void send() throws MailException;
}
