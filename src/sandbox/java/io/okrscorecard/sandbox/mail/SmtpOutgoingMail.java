package io.okrscorecard.sandbox.mail;

import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.port.OutgoingMail;
import io.okrscorecard.mail.MimeParts;
import java.util.Date;
import java.util.Properties;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

/**
 * The {@link OutgoingMail} of the sandbox and the mail tests: the same MIME body Jira's queue would send ({@link
 * MimeParts}), written as Jira's SMTP server writes it (the "from" address, the subject in UTF-8, the multipart as the
 * content) and sent at once over SMTP through JavaMail's {@code Transport} to a server on 127.0.0.1.
 */
public final class SmtpOutgoingMail implements OutgoingMail {

    private final Session session;
    private final String from;

    public SmtpOutgoingMail(int smtpPort, String from) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        this.session = Session.getInstance(properties);
        this.from = from;
    }

    @Override
    public boolean available() {
        return true;
    }

    /** @throws MailUnavailableException when the SMTP server did not take the mail */
    @Override
    public void send(MailMessage message) {
        try {
            Transport.send(mimeMessage(session, from, message));
        } catch (MessagingException e) {
            throw new MailUnavailableException("the SMTP server on 127.0.0.1 refused the mail: " + e.getMessage());
        }
    }

    /** A message as atlassian-mail's MessageCreator writes an Email with a blank body and this multipart. */
    public static MimeMessage mimeMessage(Session session, String from, MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setSentDate(new Date());
        mime.setFrom(new InternetAddress(from));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to()));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setHeader("Precedence", "bulk");
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setContent(MimeParts.mixed(message));
        return mime;
    }
}
