package io.okrscorecard.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.port.OutgoingMail;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OutgoingMail} port over Jira's mail queue: each message becomes an atlassian-mail {@code Email} with a
 * blank body and the message's MIME multipart ({@link MimeParts}), queued as a {@code SingleMailQueueItem}, which Jira's
 * mail queue job sends through the default SMTP server with the server's "from" address and subject prefix. Mail is
 * available when a default SMTP server is configured and outgoing mail is not disabled: the queue item itself silently
 * drops its mail otherwise (atlassian-mail's {@code SingleMailQueueItem.send}), so nothing is queued then.
 */
public final class JiraOutgoingMail implements OutgoingMail {
    private static final Logger LOG = LoggerFactory.getLogger(JiraOutgoingMail.class);

    private final MailQueue queue;
    private final MailServerManager servers;
    private final BooleanSupplier sendingDisabled;

    public JiraOutgoingMail(MailQueue queue, MailServerManager servers) {
        this(queue, servers, MailFactory::isSendingDisabled);
    }

    /** @param sendingDisabled whether Jira's outgoing mail is switched off (atlassian-mail's MailFactory) */
    JiraOutgoingMail(MailQueue queue, MailServerManager servers, BooleanSupplier sendingDisabled) {
        this.queue = queue;
        this.servers = servers;
        this.sendingDisabled = sendingDisabled;
    }

    @Override
    public boolean available() {
        try {
            return servers.getDefaultSMTPMailServer() != null && !sendingDisabled.getAsBoolean();
        } catch (MailException | RuntimeException e) {
            LOG.warn("Jira's mail server configuration could not be read; the app's mail waits: {}", e.toString());
            return false;
        }
    }

    @Override
    public void send(MailMessage message) {
        if (!available()) {
            throw new MailUnavailableException("Jira has no default SMTP server, or outgoing mail is disabled");
        }
        Email email = new Email(message.to());
        email.setSubject(message.subject());
        email.setEncoding("UTF-8");
        // blank, so that the SMTP server adds no body part of its own before the multipart (MessageCreator)
        email.setBody("");
        email.setMultipart(MimeParts.mixed(message));
        queue.addItem(new SingleMailQueueItem(email));
    }
}
