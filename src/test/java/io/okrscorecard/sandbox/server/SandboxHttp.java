package io.okrscorecard.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to a running sandbox as one of its users (the {@link SandboxUsers#COOKIE} cookie), never following redirects. */
final class SandboxHttp {
    static final String API = "/rest/okr-scorecard/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String origin;

    SandboxHttp(Sandbox sandbox) {
        this.origin = sandbox.origin();
    }

    /** A response; {@link #json()} parses the body. */
    record Answer(int status, String contentType, String location, String setCookie, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    /** GET {@code path} (from the origin, e.g. {@code /} or {@code /rest/...}) as {@code persona}. */
    Answer get(String path, Persona persona) {
        return send(request(path, persona).GET());
    }

    /** GET of the REST API's {@code path}, e.g. {@code scorecard}, as {@code persona}. */
    JsonNode api(String path, Persona persona) {
        Answer answer = get(API + path, persona);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }

    Answer postJson(String path, Persona persona, String body) {
        return send(request(path, persona)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer putJson(String path, Persona persona, String body) {
        return send(request(path, persona)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer delete(String path, Persona persona) {
        return send(request(path, persona).DELETE());
    }

    private HttpRequest.Builder request(String path, Persona persona) {
        return HttpRequest.newBuilder(URI.create(origin + path))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", persona.cookieHeader());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""),
                    response.headers().firstValue("Set-Cookie").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
