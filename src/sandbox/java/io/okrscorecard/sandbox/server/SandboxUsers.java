package io.okrscorecard.sandbox.server;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.sandbox.web.PluginTexts;
import io.okrscorecard.sandbox.web.Responses;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's two users and the app's {@link AccessControl} port over them: the {@link Persona#ADMIN Jira
 * administrator}, who may browse, edit and configure everything, and a {@link Persona#VIEWER viewer}, who may browse
 * everything but edit and configure nothing. Each request acts as the persona its {@value #COOKIE} cookie names
 * (the administrator without one): {@link #filter()} reads it into a thread-local for the request's thread, which
 * serves the whole request. {@value #SWITCH_PATH}{@code ?name=viewer&back=/path} sets the cookie and goes back.
 */
public final class SandboxUsers implements AccessControl {
    public static final String COOKIE = "okr-sandbox-user";
    public static final String SWITCH_PATH = "/sandbox/user";

    /**
     * A sandbox user. The user name is the cookie value and the {@code name} of the switch; the user key is what the
     * app stores (a check-in's author) and, as on Jira 8 and later, a {@code JIRAUSER…} key nobody should read: the
     * app shows the persona's display name.
     */
    public enum Persona {
        ADMIN("admin", "JIRAUSER10000", true, true),
        VIEWER("viewer", "JIRAUSER10001", false, false);

        private final String userName;
        private final String userKey;
        private final boolean administrator;
        private final boolean editor;

        Persona(String userName, String userKey, boolean administrator, boolean editor) {
            this.userName = userName;
            this.userKey = userKey;
            this.administrator = administrator;
            this.editor = editor;
        }

        public String userName() {
            return userName;
        }

        public String userKey() {
            return userKey;
        }

        /** The i18n key of the persona's display name, e.g. {@code okr.sandbox.user.admin}. */
        public String textKey() {
            return "okr.sandbox.user." + userName;
        }

        /** The {@code Cookie} request header that acts as this persona. */
        public String cookieHeader() {
            return COOKIE + "=" + userName;
        }

        /** The persona with this user name. */
        public static Optional<Persona> named(String name) {
            for (Persona persona : values()) {
                if (persona.userName.equals(name)) {
                    return Optional.of(persona);
                }
            }
            return Optional.empty();
        }

        /** The persona with this user key. */
        static Optional<Persona> withKey(String key) {
            for (Persona persona : values()) {
                if (persona.userKey.equals(key)) {
                    return Optional.of(persona);
                }
            }
            return Optional.empty();
        }
    }

    private final ThreadLocal<Persona> current = ThreadLocal.withInitial(() -> Persona.ADMIN);
    private final PluginTexts texts;

    public SandboxUsers(PluginTexts texts) {
        this.texts = texts;
    }

    /** The persona of the request on this thread (the administrator outside a request). */
    public Persona current() {
        return current.get();
    }

    /** Runs {@code work} as {@code persona} on this thread, e.g. a start-up task or a test. */
    public void actAs(Persona persona, Runnable work) {
        Persona before = current.get();
        current.set(persona);
        try {
            work.run();
        } finally {
            current.set(before);
        }
    }

    /** Sets the persona of each request from its cookie for the time the request is handled. */
    public Filter filter() {
        return new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                current.set(fromCookies(exchange.getRequestHeaders().get("Cookie")));
                try {
                    chain.doFilter(exchange);
                } finally {
                    current.remove();
                }
            }

            @Override
            public String description() {
                return "the sandbox user from the " + COOKIE + " cookie";
            }
        };
    }

    /** The persona a request's {@code Cookie} headers name; the administrator when none does. */
    static Persona fromCookies(List<String> headers) {
        if (headers != null) {
            for (String header : headers) {
                for (String cookie : header.split(";")) {
                    int equals = cookie.indexOf('=');
                    if (equals > 0 && cookie.substring(0, equals).trim().equals(COOKIE)) {
                        Optional<Persona> persona =
                                Persona.named(cookie.substring(equals + 1).trim());
                        if (persona.isPresent()) {
                            return persona.get();
                        }
                    }
                }
            }
        }
        return Persona.ADMIN;
    }

    /**
     * Serves {@value #SWITCH_PATH}: {@code GET ?name=viewer&back=/browse/OKR-1} sets the cookie and redirects to
     * {@code back} (a path of this origin, else the index page). It changes only the browser's cookie, no app data.
     */
    public void serveSwitch(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Responses.send(exchange, 405, "text/plain;charset=UTF-8", new byte[0]);
            return;
        }
        String name = parameter(exchange, "name");
        Optional<Persona> persona = Persona.named(name);
        if (persona.isEmpty()) {
            String message = MessageFormat.format(
                    texts.text("okr.sandbox.user.unknown"),
                    name == null ? "" : name,
                    Persona.ADMIN.userName,
                    Persona.VIEWER.userName);
            Responses.send(exchange, 400, "text/plain;charset=UTF-8", message.getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.getResponseHeaders()
                .add("Set-Cookie", COOKIE + "=" + persona.get().userName + "; Path=/; SameSite=Lax; HttpOnly");
        exchange.getResponseHeaders().set("Location", localPath(parameter(exchange, "back")));
        Responses.send(exchange, 303, "text/plain;charset=UTF-8", new byte[0]);
    }

    /** {@code back} when it is a path of this origin, else {@code /}: the switch never redirects elsewhere. */
    static String localPath(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }

    private static String parameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public Optional<Viewer> currentViewer() {
        return Optional.of(new Viewer(current().userKey));
    }

    @Override
    public boolean isAdministrator(Viewer viewer) {
        return persona(viewer).map(p -> p.administrator).orElse(false);
    }

    @Override
    public boolean canBrowse(Viewer viewer, IssueId issue) {
        return persona(viewer).isPresent();
    }

    @Override
    public boolean canEdit(Viewer viewer, IssueId issue) {
        return persona(viewer).map(p -> p.editor).orElse(false);
    }

    /** The sandbox has no groups: only the administrator reviews cycles (no reviewer group is set). */
    @Override
    public boolean isInGroup(Viewer viewer, String group) {
        return false;
    }

    /** The persona with this user key, shown by the persona's display name; empty for any other key. */
    public Optional<Person> person(String userKey) {
        return Persona.withKey(userKey).map(persona -> new Person(persona.userKey, texts.text(persona.textKey())));
    }

    private static Optional<Persona> persona(Viewer viewer) {
        return Persona.withKey(viewer.userKey());
    }
}
