package io.okrscorecard.mail;

import io.okrscorecard.core.mail.MailMessage;
import java.nio.charset.StandardCharsets;
import javax.activation.DataHandler;
import javax.mail.MessagingException;
import javax.mail.Part;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMultipart;
import javax.mail.internet.MimeUtility;
import javax.mail.util.ByteArrayDataSource;

/**
 * The MIME body of a {@link MailMessage}, the shape every mail client shows as intended: {@code multipart/mixed} holding
 * a {@code multipart/alternative} (the plain text first, the HTML last, as RFC 2046 section 5.1.4 orders them by
 * preference) and then each attachment. Jira's SMTP server sends an {@code Email} whose body is blank with exactly this
 * multipart as the message's content (atlassian-mail's {@code MessageCreator}).
 */
public final class MimeParts {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeParts() {}

    public static MimeMultipart mixed(MailMessage message) {
        try {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), UTF_8, "plain");
            alternative.addBodyPart(text);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), UTF_8, "html");
            alternative.addBodyPart(html);

            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (MailMessage.Attachment attachment : message.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(
                        new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                part.setDisposition(Part.ATTACHMENT);
                part.setFileName(MimeUtility.encodeText(attachment.fileName(), UTF_8, null));
                mixed.addBodyPart(part);
            }
            return mixed;
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("could not build the MIME body of \"" + message.subject() + "\"", e);
        }
    }
}
