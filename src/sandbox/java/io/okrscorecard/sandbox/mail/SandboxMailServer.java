package io.okrscorecard.sandbox.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in-process (GreenMail) on a free port of 127.0.0.1: where the sandbox's and the tests' mail goes,
 * and the outbox that reads it back as the recipient's mail client would. Stopped by {@link #close}.
 */
public final class SandboxMailServer implements AutoCloseable {
    /** The sender of the sandbox's mail, as a Jira's SMTP server configuration names it. */
    public static final String FROM = "jira@example.com";

    private final GreenMail greenMail;

    private SandboxMailServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
    }

    public static SandboxMailServer start() {
        return new SandboxMailServer();
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** The outgoing mail that sends to this server. */
    public SmtpOutgoingMail outgoingMail() {
        return new SmtpOutgoingMail(smtpPort(), FROM);
    }

    /** One mail the server received, as its recipient sees it. */
    public record ReceivedMail(
            int number,
            Instant sentAt,
            List<String> to,
            String subject,
            String contentType,
            String text,
            String html,
            List<Attachment> attachments) {}

    /** A file attached to a received mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    /** Every mail received so far, oldest first, numbered from 1. */
    public List<ReceivedMail> received() {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        List<ReceivedMail> mails = new ArrayList<>(messages.length);
        for (int i = 0; i < messages.length; i++) {
            mails.add(read(i + 1, messages[i]));
        }
        return mails;
    }

    private static ReceivedMail read(int number, MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.collect(message);
            return new ReceivedMail(
                    number,
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    Arrays.stream(message.getAllRecipients())
                            .map(Object::toString)
                            .toList(),
                    message.getSubject(),
                    message.getContentType(),
                    parts.text,
                    parts.html,
                    List.copyOf(parts.attachments));
        } catch (MessagingException e) {
            throw new IllegalStateException("a received mail could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text and HTML parts and the attachments of a MIME tree, read from each part's raw stream: the content handlers
     * of Jakarta Activation would also find the {@code javax.mail} jar's (the app's JavaMail 1.6 for Jira 10, on the same
     * class path) and fail on them.
     */
    private static final class Parts {
        String text = "";
        String html = "";
        final List<Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Attachment(
                            part.getFileName(),
                            part.getContentType().split(";")[0].trim(),
                            in.readAllBytes()));
                }
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = new MimeMultipart(new ByteArrayDataSource(bytes(part), part.getContentType()));
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (part.isMimeType("text/plain")) {
                text = text(part);
            } else if (part.isMimeType("text/html")) {
                html = text(part);
            }
        }

        private static byte[] bytes(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }

        private static String text(Part part) throws MessagingException, IOException {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            return new String(bytes(part), charset == null ? "US-ASCII" : MimeUtility.javaCharset(charset));
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
