package io.okrscorecard.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The packages a Jira node exports to plugins, as a test resource lists them: one {@code package;version=x.y.z} per
 * line, followed by {@code # source: ...} (the public evidence of that version) or {@code # unverified: ...} (what was
 * looked for and not found). A resolution test that passes on unverified versions proves only that the app's ranges
 * hold those versions, so the tests name them.
 */
final class HostExports {

    /** One exported package with its version and the evidence for it. */
    record Export(String packageName, String version, String evidence, int line) {
        boolean verified() {
            return evidence.startsWith("source:");
        }
    }

    private final String resource;
    private final List<Export> exports;
    private final List<String> malformed;

    private HostExports(String resource, List<Export> exports, List<String> malformed) {
        this.resource = resource;
        this.exports = List.copyOf(exports);
        this.malformed = List.copyOf(malformed);
    }

    static HostExports jira10() {
        return read("/jira-10.3-host-exports.txt");
    }

    static HostExports jira11() {
        return read("/jira-11.3-host-exports.txt");
    }

    static HostExports read(String resource) {
        List<Export> exports = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        try (InputStream in = HostExports.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .collect(Collectors.toList());
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Export export = parse(line, i + 1);
                if (export == null) {
                    malformed.add(resource + ":" + (i + 1) + ": " + line);
                } else {
                    exports.add(export);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HostExports(resource, exports, malformed);
    }

    private static Export parse(String line, int number) {
        int comment = line.indexOf('#');
        if (comment < 0) {
            return null;
        }
        String[] declaration = line.substring(0, comment).trim().split(";version=");
        String evidence = line.substring(comment + 1).trim();
        boolean sourced = evidence.startsWith("source:") && evidence.length() > "source:".length() + 1;
        boolean unverified = evidence.startsWith("unverified:") && evidence.length() > "unverified:".length() + 1;
        if (declaration.length != 2 || declaration[1].isBlank() || !(sourced || unverified)) {
            return null;
        }
        return new Export(declaration[0].trim(), declaration[1].trim(), evidence, number);
    }

    String resource() {
        return resource;
    }

    List<Export> all() {
        return exports;
    }

    /** Lines that declare no package and version, or carry neither a source nor "unverified". */
    List<String> malformed() {
        return malformed;
    }

    /** Package name to version, in file order: what the OSGi framework's system bundle is told to export. */
    Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        exports.forEach(export -> versions.put(export.packageName(), export.version()));
        return versions;
    }

    /** The packages whose exported version no public source confirmed. */
    List<String> unverified() {
        return exports.stream()
                .filter(export -> !export.verified())
                .map(export -> export.packageName() + " " + export.version())
                .collect(Collectors.toList());
    }

    /** A note for test messages, so a pass is never mistaken for proof of the unverified versions. */
    String unverifiedNote() {
        List<String> unverified = unverified();
        return unverified.isEmpty()
                ? "every host version in " + resource + " has a public source"
                : unverified.size() + " host versions in " + resource + " are unverified (no public source): "
                        + String.join(", ", unverified);
    }
}
