package io.okrscorecard.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.port.OutgoingMail.MailUnavailableException;
import io.okrscorecard.sandbox.mail.SandboxMailServer;
import io.okrscorecard.sandbox.mail.SandboxMailServer.ReceivedMail;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.mail.Message;
import javax.mail.Multipart;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import org.junit.After;
import org.junit.Test;
import org.mockito.MockedConstruction;

/**
 * The adapter over Jira's mail queue. The atlassian-mail classes are the compile-only shim here, so the {@code Email}
 * and {@code SingleMailQueueItem} the adapter creates are recorded by Mockito; a fake {@link MailQueue} then sends each
 * queued Email to a real SMTP server (GreenMail) the way Jira's SMTP server does (atlassian-mail's {@code
 * MessageCreator}: recipients, "from" of the server, subject in the Email's encoding, and, the body being blank, the
 * Email's multipart as the whole content).
 */
public class JiraOutgoingMailTest {
    private static final String JIRA_FROM = "jira@example.com";

    private final SandboxMailServer smtp = SandboxMailServer.start();
    private final MailServerManager servers = mock(MailServerManager.class);
    private final SMTPMailServer server = mock(SMTPMailServer.class);
    private final AtomicBoolean sendingDisabled = new AtomicBoolean();
    private final List<MailQueueItem> queued = new ArrayList<>();
    private final MailQueue queue = queued::add;
    private final JiraOutgoingMail mail = new JiraOutgoingMail(queue, servers, sendingDisabled::get);

    @After
    public void stopSmtp() {
        smtp.close();
    }

    @Test
    public void aQueuedMailReachesTheRecipientAsMultipartMixedWithTextHtmlAndAttachment() throws Exception {
        when(servers.getDefaultSMTPMailServer()).thenReturn(server);
        byte[] pdf = "%PDF-1.7 scorecard".getBytes(StandardCharsets.US_ASCII);
        MailMessage message = new MailMessage(
                "alice@example.com",
                "OKR check-in due: 1 key result",
                "<p>Hello <b>Alice</b></p>",
                "Hello Alice",
                List.of(new MailMessage.Attachment("scorecard.pdf", "application/pdf", pdf)));
        Map<Object, Map<String, Object>> emails = new HashMap<>();

        try (MockedConstruction<Email> created = mockConstruction(Email.class, (mock, context) -> {
                    Map<String, Object> fields = new HashMap<>();
                    fields.put("to", context.arguments().get(0));
                    emails.put(mock, fields);
                    when(mock.setSubject(org.mockito.ArgumentMatchers.anyString()))
                            .thenAnswer(call -> {
                                fields.put("subject", call.getArgument(0));
                                return mock;
                            });
                    when(mock.setEncoding(org.mockito.ArgumentMatchers.anyString()))
                            .thenAnswer(call -> {
                                fields.put("encoding", call.getArgument(0));
                                return mock;
                            });
                    when(mock.setBody(org.mockito.ArgumentMatchers.anyString())).thenAnswer(call -> {
                        fields.put("body", call.getArgument(0));
                        return mock;
                    });
                    when(mock.setMultipart(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
                        fields.put("multipart", call.getArgument(0));
                        return mock;
                    });
                });
                MockedConstruction<SingleMailQueueItem> items =
                        mockConstruction(SingleMailQueueItem.class, (item, context) -> emails.get(
                                        context.arguments().get(0))
                                .put("item", item))) {
            mail.send(message);

            assertEquals(1, queued.size());
            Map<String, Object> email = emails.values().iterator().next();
            assertEquals(queued.get(0), email.get("item"));
            assertEquals("", email.get("body"));
            sendAsJirasSmtpServerWould(email);
        }

        ReceivedMail received = smtp.received().get(0);
        assertEquals(List.of("alice@example.com"), received.to());
        assertEquals("OKR check-in due: 1 key result", received.subject());
        assertTrue(received.contentType(), received.contentType().startsWith("multipart/mixed"));
        assertEquals("Hello Alice", received.text());
        assertEquals("<p>Hello <b>Alice</b></p>", received.html());
        assertEquals(1, received.attachments().size());
        assertEquals("scorecard.pdf", received.attachments().get(0).fileName());
        assertEquals("application/pdf", received.attachments().get(0).contentType());
        assertEquals(
                new String(pdf, StandardCharsets.US_ASCII),
                new String(received.attachments().get(0).content(), StandardCharsets.US_ASCII));
    }

    @Test
    public void withoutADefaultSmtpServerNothingIsQueued() throws Exception {
        when(servers.getDefaultSMTPMailServer()).thenReturn(null);

        assertFalse(mail.available());
        assertThrows(MailUnavailableException.class, () -> mail.send(reminder()));
        assertEquals(List.of(), queued);
    }

    @Test
    public void whileOutgoingMailIsDisabledNothingIsQueued() throws Exception {
        when(servers.getDefaultSMTPMailServer()).thenReturn(server);
        sendingDisabled.set(true);

        assertFalse(mail.available());
        assertThrows(MailUnavailableException.class, () -> mail.send(reminder()));
        assertEquals(List.of(), queued);
    }

    @Test
    public void aMailServerConfigurationThatCannotBeReadMeansMailWaits() throws Exception {
        when(servers.getDefaultSMTPMailServer()).thenThrow(mock(MailException.class));

        assertFalse(mail.available());
    }

    private static MailMessage reminder() {
        return new MailMessage("bob@example.com", "OKR check-in due", "<p>due</p>", "due", List.of());
    }

    /** What atlassian-mail's SMTPMailServerImpl and MessageCreator do with a queued Email, over JavaMail 1.6. */
    private void sendAsJirasSmtpServerWould(Map<String, Object> email) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(smtp.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setSentDate(new Date());
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse((String) email.get("to")));
        message.setFrom(new InternetAddress(JIRA_FROM));
        message.setSubject((String) email.get("subject"), (String) email.get("encoding"));
        assertTrue("a blank body adds no part of its own", ((String) email.get("body")).isBlank());
        message.setContent((Multipart) email.get("multipart"));
        Transport.send(message);
    }
}
