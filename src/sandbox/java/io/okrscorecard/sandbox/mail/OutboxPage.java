package io.okrscorecard.sandbox.mail;

import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.sandbox.mail.SandboxMailServer.Attachment;
import io.okrscorecard.sandbox.mail.SandboxMailServer.ReceivedMail;
import io.okrscorecard.sandbox.web.JiraStyleVelocity;
import io.okrscorecard.sandbox.web.PluginTexts;
import io.okrscorecard.sandbox.web.Responses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's outbox at {@value #PATH}: every mail its SMTP server received (time, recipient, subject, attachments),
 * and each one as its recipient would see it: the HTML part in an iframe that may run nothing ({@code sandbox} without
 * any allowance, and served with a {@code Content-Security-Policy: sandbox} of its own), the plain-text part, and the
 * attachments to download. Every value is escaped.
 */
public final class OutboxPage {
    public static final String PATH = "/sandbox/outbox";
    private static final Pattern MAIL = Pattern.compile("^" + PATH + "/(\\d+)(/html|/attachments/(\\d+))?$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SandboxMailServer server;
    private final PluginTexts texts;
    private final String stylesheet;
    private final ZoneId zone;

    public OutboxPage(SandboxMailServer server, PluginTexts texts, String stylesheet, ZoneId zone) {
        this.server = server;
        this.texts = texts;
        this.stylesheet = stylesheet;
        this.zone = zone;
    }

    public void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (PATH.equals(path) || (PATH + "/").equals(path)) {
            Responses.html(exchange, list(server.received()));
            return;
        }
        Matcher matcher = MAIL.matcher(path);
        Optional<ReceivedMail> mail = matcher.matches() ? mail(Integer.parseInt(matcher.group(1))) : Optional.empty();
        if (mail.isEmpty()) {
            Responses.send(
                    exchange,
                    404,
                    "text/plain;charset=UTF-8",
                    text("okr.sandbox.not-found").getBytes(StandardCharsets.UTF_8));
        } else if (matcher.group(2) == null) {
            Responses.html(exchange, view(mail.get()));
        } else if ("/html".equals(matcher.group(2))) {
            // the mail's own HTML: in a sandbox that forbids scripts, forms and plugins even when opened alone
            exchange.getResponseHeaders().set("Content-Security-Policy", "sandbox");
            Responses.html(exchange, mail.get().html());
        } else {
            int index = Integer.parseInt(matcher.group(3));
            List<Attachment> attachments = mail.get().attachments();
            if (index >= attachments.size()) {
                Responses.send(exchange, 404, "text/plain;charset=UTF-8", new byte[0]);
                return;
            }
            Attachment attachment = attachments.get(index);
            exchange.getResponseHeaders()
                    .set("Content-Disposition", "attachment; filename=\"" + safeFileName(attachment.fileName()) + "\"");
            Responses.send(exchange, 200, attachment.contentType(), attachment.content());
        }
    }

    private Optional<ReceivedMail> mail(int number) {
        return server.received().stream().filter(m -> m.number() == number).findFirst();
    }

    String list(List<ReceivedMail> mails) {
        StringBuilder html = start(text("okr.sandbox.outbox.title"));
        html.append("<p>").append(text("okr.sandbox.outbox.intro")).append("</p>\n");
        if (mails.isEmpty()) {
            html.append("<p id=\"okr-outbox-empty\">")
                    .append(text("okr.sandbox.outbox.empty"))
                    .append("</p>\n");
        } else {
            html.append("<table class=\"okr-sandbox-table\" id=\"okr-outbox\">\n<thead><tr><th>")
                    .append(text("okr.sandbox.outbox.time"))
                    .append("</th><th>")
                    .append(text("okr.sandbox.outbox.to"))
                    .append("</th><th>")
                    .append(text("okr.sandbox.outbox.subject"))
                    .append("</th><th>")
                    .append(text("okr.sandbox.outbox.attachments"))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (int i = mails.size() - 1; i >= 0; i--) {
                ReceivedMail mail = mails.get(i);
                html.append("<tr><td>")
                        .append(escape(
                                mail.sentAt() == null
                                        ? ""
                                        : TIME.format(mail.sentAt().atZone(zone))))
                        .append("</td><td>")
                        .append(escape(String.join(", ", mail.to())))
                        .append("</td><td><a href=\"")
                        .append(PATH)
                        .append('/')
                        .append(mail.number())
                        .append("\">")
                        .append(escape(mail.subject()))
                        .append("</a></td><td>")
                        .append(escape(String.join(
                                ", ",
                                mail.attachments().stream()
                                        .map(Attachment::fileName)
                                        .toList())))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        return end(html);
    }

    String view(ReceivedMail mail) {
        StringBuilder html = start(mail.subject());
        html.append("<p><a href=\"")
                .append(PATH)
                .append("\">")
                .append(text("okr.sandbox.outbox.back"))
                .append("</a></p>\n");
        html.append("<dl class=\"okr-outbox-headers\"><dt>")
                .append(text("okr.sandbox.outbox.to"))
                .append("</dt><dd>")
                .append(escape(String.join(", ", mail.to())))
                .append("</dd><dt>")
                .append(text("okr.sandbox.outbox.time"))
                .append("</dt><dd>")
                .append(escape(
                        mail.sentAt() == null ? "" : TIME.format(mail.sentAt().atZone(zone))))
                .append("</dd></dl>\n");
        html.append("<h2>")
                .append(text("okr.sandbox.outbox.html"))
                .append("</h2>\n<iframe id=\"okr-outbox-html\" sandbox title=\"")
                .append(escape(mail.subject()))
                .append("\" src=\"")
                .append(PATH)
                .append('/')
                .append(mail.number())
                .append("/html\" style=\"width: 100%; height: 28em; border: 1px solid #dfe1e6;\"></iframe>\n");
        html.append("<h2>")
                .append(text("okr.sandbox.outbox.text"))
                .append("</h2>\n<pre id=\"okr-outbox-text\">")
                .append(escape(mail.text()))
                .append("</pre>\n");
        if (!mail.attachments().isEmpty()) {
            html.append("<h2>").append(text("okr.sandbox.outbox.attachments")).append("</h2>\n<ul>\n");
            for (int i = 0; i < mail.attachments().size(); i++) {
                Attachment attachment = mail.attachments().get(i);
                html.append("<li><a download href=\"")
                        .append(PATH)
                        .append('/')
                        .append(mail.number())
                        .append("/attachments/")
                        .append(i)
                        .append("\">")
                        .append(escape(attachment.fileName()))
                        .append("</a> (")
                        .append(escape(attachment.contentType()))
                        .append(", ")
                        .append(attachment.content().length)
                        .append(" bytes)</li>\n");
            }
            html.append("</ul>\n");
        }
        return end(html);
    }

    private StringBuilder start(String title) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title))
                .append("</title>\n<link rel=\"stylesheet\" href=\"")
                .append(stylesheet)
                .append(
                        "\">\n</head>\n<body>\n<header class=\"okr-sandbox-header\"><a class=\"okr-sandbox-product\" href=\"/\">")
                .append(text("okr.sandbox.title"))
                .append("</a></header>\n<main class=\"okr-sandbox-main\">\n<h1>")
                .append(escape(title))
                .append("</h1>\n");
        return html;
    }

    private static String end(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private String text(String key) {
        return escape(texts.text(key));
    }

    private static String escape(String value) {
        return JiraStyleVelocity.Escaping.escape(value == null ? "" : value);
    }

    private static String safeFileName(String name) {
        return name == null ? "attachment" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
