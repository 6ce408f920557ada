package io.okrscorecard.sandbox.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.rest.ErrorBody;
import io.okrscorecard.sandbox.web.JiraStyleVelocity;
import io.okrscorecard.sandbox.web.PluginTexts;
import io.okrscorecard.sandbox.web.Responses;
import io.okrscorecard.web.AdminServlet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the sandbox answers when a handler throws. The JDK's HTTP server itself only closes the connection (the client
 * reads an empty reply) and logs the exception nowhere a user looks. This filter, the first of every mounted path
 * ({@link Sandbox#serve}), logs the failure with its stack trace and a reference, and answers 500 with that reference:
 * on REST paths the REST API's error JSON ({@link ErrorBody}), elsewhere an HTML page with the escaped, translated
 * message. When the answer had already begun, its status can no longer change: the failure is logged and the
 * exchange closed.
 */
final class UnexpectedFailures extends Filter {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailures.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REST_PATHS = AdminServlet.REST_PATH + "/";
    /** {@link HttpExchange#getResponseCode()} before the response headers are sent. */
    private static final int NOT_ANSWERED = -1;

    private final PluginTexts texts;

    UnexpectedFailures(PluginTexts texts) {
        this.texts = texts;
    }

    @Override
    public String description() {
        return "answers 500 with a body, and logs the failure, when a sandbox handler throws";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        try {
            chain.doFilter(exchange);
        } catch (IOException | RuntimeException | Error failure) {
            String reference = Long.toHexString(System.nanoTime());
            String path = exchange.getRequestURI().getPath();
            LOG.error(
                    "The sandbox could not answer {} {} (reference {})",
                    exchange.getRequestMethod(),
                    path,
                    reference,
                    failure);
            if (exchange.getResponseCode() == NOT_ANSWERED) {
                answer(exchange, path, reference);
            } else {
                exchange.close();
            }
        }
    }

    private void answer(HttpExchange exchange, String path, String reference) throws IOException {
        String message = MessageFormat.format(texts.text("okr.sandbox.error.message"), reference);
        if (path.startsWith(REST_PATHS)) {
            Responses.send(
                    exchange,
                    500,
                    "application/json;charset=UTF-8",
                    JSON.writeValueAsBytes(new ErrorBody(500, null, message)));
            return;
        }
        String title = escape(texts.text("okr.sandbox.error.title"));
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                + "</title>\n<link rel=\"stylesheet\" href=\"" + Sandbox.STYLESHEET_PATH + "\">\n</head>\n<body>\n"
                + "<main class=\"okr-sandbox-main\">\n<h1>" + title + "</h1>\n<p id=\"okr-sandbox-error\">"
                + escape(message) + "</p>\n<p><a href=\"/\">" + escape(texts.text("okr.sandbox.error.back"))
                + "</a></p>\n</main>\n</body>\n</html>\n";
        Responses.send(exchange, 500, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return JiraStyleVelocity.Escaping.escape(text);
    }
}
