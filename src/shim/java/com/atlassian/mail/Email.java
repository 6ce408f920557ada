// Shim of com.atlassian.mail.Email (atlassian-mail); source: https://docs.atlassian.com/atlassian-mail/1.9/apidocs/
// (class com.atlassian.mail.Email) and paulcadman/jira-emailnotify EmailQueuer.java (new Email(to), setSubject,
// setMimeType, setBody, queued as a SingleMailQueueItem); the fluent setters return Email and setMultipart takes a
// javax.mail.Multipart (jakarta.mail in atlassian-mail 8, Jira 11: docs/adr/0015); subset of members
package com.atlassian.mail;

import java.util.Map;
import javax.mail.Multipart;

public class Email {

    public Email(String to) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Email setEncoding(String encoding) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Email setMultipart(Multipart multipart) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getTo() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getSubject() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getBody() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public String getEncoding() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Multipart getMultipart() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public Map getHeaders() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
