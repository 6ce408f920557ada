package io.okrscorecard.core.mail;

import io.okrscorecard.core.ValidationException;
import java.util.List;

/**
 * One email the app sends: to one person, with an HTML part and the same content as plain text, and attachments
 * (the digest's PDF report).
 *
 * @param to the recipient's email address
 * @param html the HTML part, every value in it already escaped by the template that wrote it
 * @param text the plain-text part
 */
public record MailMessage(String to, String subject, String html, String text, List<Attachment> attachments) {

    /** A file attached to a mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            ValidationException.requireText(fileName, "attachment.fileName");
            ValidationException.requireText(contentType, "attachment.contentType");
            content = ValidationException.requireValue(content, "attachment.content")
                    .clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    public MailMessage {
        ValidationException.requireText(to, "mail.to");
        ValidationException.requireText(subject, "mail.subject");
        ValidationException.requireValue(html, "mail.html");
        ValidationException.requireValue(text, "mail.text");
        attachments = List.copyOf(ValidationException.requireValue(attachments, "mail.attachments"));
    }
}
