package io.okrscorecard.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.rest.RestServer.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Test;

/**
 * The examples of {@code docs/rest-api.md} are real: each {@code ```sh example} block (a curl command) is sent, in the
 * document's order, to the real resources over the sample OKRs as an administrator, and the {@code ```json response
 * STATUS} block after it must equal the answer: same status, same field names at every level, same array lengths and
 * same values, except the values of the fields named by {@code vary=a,b} (same type only; a documented string that
 * varies stands for the real one in later requests, e.g. a job id). A {@code ```csv response} block must equal the CSV;
 * a {@code ```pdf response} block (empty) stands for a PDF ({@code application/pdf}, starting with {@code %PDF-}).
 * Every resource method must have an example, and every example must name a resource method.
 */
public class RestApiDocTest {
    private static final Path DOC = Path.of("docs/rest-api.md");
    private static final String BASE = "/rest/okr-scorecard/1.0/";
    private static final Pattern FENCE = Pattern.compile("(?m)^```([^\\n]*)\\n(.*?)^```\\s*$", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiFixture api = new ApiFixture();
    private final Map<String, String> variedValues = new HashMap<>();

    /** A documented request and the response documented after it. */
    record Example(int line, String method, String path, String contentType, String body, Response response) {
        String name() {
            return "docs/rest-api.md:" + line + " " + method + " " + path;
        }
    }

    /** {@code kind} is json, csv, pdf or text (no body). */
    record Response(String kind, int status, Set<String> vary, String body) {}

    /** A resource method: its HTTP method and the path template under the REST base. */
    record Endpoint(String method, String template, Pattern pattern) {
        String name() {
            return method + " /" + template;
        }
    }

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void everyDocumentedExampleAnswersAsDocumented() throws IOException {
        List<Example> examples = examples();
        assertFalse("no examples in " + DOC, examples.isEmpty());
        List<String> problems = new ArrayList<>();
        for (Example example : examples) {
            Answer answer = send(example);
            drainRecalculations();
            if (answer.status() != example.response().status()) {
                problems.add(example.name() + ": status " + answer.status() + ", documented "
                        + example.response().status() + ": " + answer.body());
                continue;
            }
            switch (example.response().kind()) {
                case "json" ->
                    compare(
                            example.name(),
                            "$",
                            JSON.readTree(example.response().body()),
                            answer.json(),
                            example.response().vary(),
                            problems);
                case "csv" -> {
                    if (!normalised(answer.body())
                            .equals(normalised(example.response().body()))) {
                        problems.add(example.name() + ": CSV differs, real one:\n" + answer.body());
                    }
                }
                case "pdf" -> {
                    if (!answer.body().startsWith("%PDF-")
                            || !answer.contentType().equals("application/pdf")) {
                        problems.add(example.name() + ": not a PDF: " + answer.contentType());
                    }
                }
                default -> {
                    if (!answer.body().isBlank()) {
                        problems.add(example.name() + ": documented without a body, answered " + answer.body());
                    }
                }
            }
        }
        assertEquals(String.join("\n", problems), List.of(), problems);
    }

    @Test
    public void everyResourceMethodHasAnExampleAndEveryExampleNamesOne() throws IOException {
        List<Endpoint> endpoints = endpoints();
        Set<String> undocumented = new TreeSet<>();
        endpoints.forEach(endpoint -> undocumented.add(endpoint.name()));
        List<String> unknown = new ArrayList<>();
        for (Example example : examples()) {
            List<Endpoint> matching = endpoints.stream()
                    .filter(e -> e.method().equals(example.method())
                            && e.pattern().matcher(example.path()).matches())
                    .collect(Collectors.toList());
            if (matching.isEmpty()) {
                unknown.add(example.name());
            }
            matching.forEach(endpoint -> undocumented.remove(endpoint.name()));
        }
        assertTrue("too few resource methods found: " + endpoints, endpoints.size() >= 20);
        assertEquals("resource methods without an example in " + DOC, Set.of(), undocumented);
        assertEquals("examples that name no resource method", List.of(), unknown);
    }

    private Answer send(Example example) {
        String path = substituteVaried(example.path());
        String body = example.body() == null ? null : substituteVaried(example.body());
        return switch (example.method()) {
            case "GET" -> api.rest.get(path);
            case "DELETE" -> api.rest.delete(path);
            case "PUT" -> api.rest.put(path, example.contentType(), body == null ? "" : body);
            case "POST" -> api.rest.post(path, example.contentType(), body == null ? "" : body);
            default -> throw new AssertionError(example.name() + ": unsupported method");
        };
    }

    /** Runs the recalculations a request started, so the next example sees them finished. */
    private void drainRecalculations() {
        while (api.executor.queued() > 0) {
            api.executor.runNext();
        }
    }

    private String substituteVaried(String text) {
        String result = text;
        for (Map.Entry<String, String> varied : variedValues.entrySet()) {
            result = result.replace(varied.getKey(), varied.getValue());
        }
        return result;
    }

    private void compare(
            String example, String at, JsonNode documented, JsonNode real, Set<String> vary, List<String> problems) {
        if (documented.isObject() && real.isObject()) {
            Set<String> documentedFields = fieldNames(documented);
            Set<String> realFields = fieldNames(real);
            if (!documentedFields.equals(realFields)) {
                problems.add(example + ": fields at " + at + " are " + realFields + ", documented " + documentedFields);
                return;
            }
            for (String field : documentedFields) {
                JsonNode documentedValue = documented.get(field);
                JsonNode realValue = real.get(field);
                if (vary.contains(field) && !documentedValue.isContainerNode()) {
                    if (documentedValue.getNodeType() != realValue.getNodeType()) {
                        problems.add(example + ": " + at + "." + field + " is " + realValue + ", documented type of "
                                + documentedValue);
                    } else if (documentedValue.isTextual()) {
                        variedValues.put(documentedValue.asText(), realValue.asText());
                    }
                    continue;
                }
                compare(example, at + "." + field, documentedValue, realValue, vary, problems);
            }
        } else if (documented.isArray() && real.isArray()) {
            if (documented.size() != real.size()) {
                problems.add(example + ": " + at + " has " + real.size() + " elements, documented " + documented.size()
                        + "; real: " + real);
                return;
            }
            for (int i = 0; i < documented.size(); i++) {
                compare(example, at + "[" + i + "]", documented.get(i), real.get(i), vary, problems);
            }
        } else if (documented.isNumber() && real.isNumber()) {
            if (Math.abs(documented.asDouble() - real.asDouble()) > 1e-9) {
                problems.add(example + ": " + at + " is " + real + ", documented " + documented);
            }
        } else if (!documented.equals(real)) {
            problems.add(example + ": " + at + " is " + real + ", documented " + documented);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return new TreeSet<>(names);
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    /** The examples in document order: each sh example block with the response block after it. */
    static List<Example> examples() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Matcher fence = FENCE.matcher(doc);
        String[] pendingRequest = null;
        int pendingLine = 0;
        while (fence.find()) {
            List<String> info = Arrays.asList(fence.group(1).strip().split("\\s+"));
            int line = 1
                    + (int) doc.substring(0, fence.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            if (info.size() >= 2 && info.get(1).equals("example")) {
                if (pendingRequest != null) {
                    throw new AssertionError("docs/rest-api.md:" + pendingLine + ": example without a response block");
                }
                pendingRequest = curl(fence.group(2), line);
                pendingLine = line;
            } else if (info.size() >= 3 && info.get(1).equals("response")) {
                if (pendingRequest == null) {
                    throw new AssertionError("docs/rest-api.md:" + line + ": response block without an example");
                }
                Set<String> vary = new TreeSet<>();
                for (String option : info.subList(3, info.size())) {
                    if (!option.startsWith("vary=")) {
                        throw new AssertionError("docs/rest-api.md:" + line + ": unknown option " + option);
                    }
                    vary.addAll(Arrays.asList(option.substring("vary=".length()).split(",")));
                }
                examples.add(new Example(
                        pendingLine,
                        pendingRequest[0],
                        pendingRequest[1],
                        pendingRequest[2],
                        pendingRequest[3],
                        new Response(info.get(0), Integer.parseInt(info.get(2)), vary, fence.group(2))));
                pendingRequest = null;
            }
        }
        if (pendingRequest != null) {
            throw new AssertionError("docs/rest-api.md:" + pendingLine + ": example without a response block");
        }
        return examples;
    }

    /** Method, path under the REST base (with its query), content type and body of a curl command. */
    private static String[] curl(String command, int line) {
        List<String> words = words(command.replace("\\\n", " "));
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new AssertionError("docs/rest-api.md:" + line + ": an example is one curl command");
        }
        String method = null;
        String url = null;
        String contentType = null;
        String body = null;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-X", "--request" -> method = words.get(++i);
                case "-H", "--header" -> {
                    String header = words.get(++i);
                    if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                        contentType = header.substring("content-type:".length()).strip();
                    }
                }
                case "-d", "--data", "--data-raw" -> body = words.get(++i);
                case "-u", "--user", "-o", "--output" -> i++;
                default -> {
                    if (word.startsWith("-")) {
                        continue;
                    }
                    url = word;
                }
            }
        }
        if (url == null || !url.contains(BASE)) {
            throw new AssertionError("docs/rest-api.md:" + line + ": the URL must contain " + BASE);
        }
        if (method == null) {
            method = body == null ? "GET" : "POST";
        }
        return new String[] {method, url.substring(url.indexOf(BASE) + BASE.length()), contentType, body};
    }

    /** Shell words: split on blanks, with single and double quotes (no escapes inside single quotes). */
    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Every resource method of the rest package, by reflection on its JAX-RS annotations. */
    private static List<Endpoint> endpoints() {
        return ResourceMethods.all().stream()
                .map(m -> new Endpoint(m.httpMethod(), m.template(), pattern(m.template())))
                .collect(Collectors.toList());
    }

    /** {@code keyresults/{key}/work} matches {@code keyresults/KR-1/work?max=2}. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())))
                    .append("[^/?]+");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("(\\?.*)?");
        return Pattern.compile(regex.toString());
    }
}
