package io.okrscorecard.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.okrscorecard.sandbox.ImportedJira;
import io.okrscorecard.sandbox.JiraExport;
import io.okrscorecard.sandbox.demo.ServiceDesk;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sandbox's data folder. What it holds:
 *
 * <pre>
 * sandbox.properties      what was loaded, and when; written last, so a folder without it was never loaded
 * jira/pages/*.json       the Jira side: the pages of a Jira REST export (the demo's, or the imported ones)
 * jira/mapping.json       its mapping file (absent: the default mapping)
 * h2/okr.mv.db            the app's store: settings, cycles, check-ins, progress, snapshots
 * </pre>
 *
 * The Jira side is read from {@code jira/} at every start; the store keeps what the app wrote.
 */
final class DataFolder {
    static final String MARKER = "sandbox.properties";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What a data folder was loaded with. */
    enum Content {
        DEMO,
        IMPORT
    }

    private final Path root;

    DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path database() {
        return root.resolve("h2");
    }

    private Path jira() {
        return root.resolve("jira");
    }

    private Path pages() {
        return jira().resolve("pages");
    }

    private Path mapping() {
        return jira().resolve("mapping.json");
    }

    /** What the folder was loaded with; empty when it never was (it may hold the remains of an interrupted load). */
    Optional<Content> content() {
        Path marker = root.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(Content.valueOf(properties.getProperty("content", "")));
        } catch (IOException | IllegalArgumentException e) {
            throw new SandboxException(
                    marker + " is not a sandbox marker (content=DEMO or IMPORT): delete the data folder or choose"
                            + " another with --data",
                    SandboxException.BAD_INPUT,
                    e);
        }
    }

    /** Deletes what an interrupted first load left: the store and the Jira side, nothing else of the folder. */
    void clearUnfinished() {
        deleteTree(database());
        deleteTree(jira());
    }

    /** Writes generated pages and their mapping file as the Jira side. */
    void writeExport(Map<String, JsonNode> pageJson, JsonNode mappingJson) {
        try {
            deleteTree(jira());
            Files.createDirectories(pages());
            for (Map.Entry<String, JsonNode> page : pageJson.entrySet()) {
                write(pages().resolve(page.getKey()), page.getValue());
            }
            write(mapping(), mappingJson);
            writeOrder(List.copyOf(pageJson.keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing the demo export into " + jira() + " failed", e);
        }
    }

    /** Writes the demo's service desk tickets beside the export (an import has none). */
    void writeServiceDesk(ServiceDesk serviceDesk) {
        try {
            Files.createDirectories(jira());
            write(serviceDesk(), serviceDesk.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("writing the service desk tickets into " + jira() + " failed", e);
        }
    }

    /** The demo's service desk tickets; none for an import. */
    ServiceDesk readServiceDesk() {
        if (!Files.isRegularFile(serviceDesk())) {
            return ServiceDesk.empty();
        }
        try {
            return ServiceDesk.fromJson(JSON.readTree(serviceDesk().toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + serviceDesk() + " failed", e);
        }
    }

    private Path serviceDesk() {
        return jira().resolve("service-desk.json");
    }

    /** Copies an export's pages (and its mapping file, if any) as the Jira side, replacing an earlier import. */
    void copyImport(List<Path> pageFiles, Path mappingFile) {
        try {
            deleteTree(jira());
            Files.createDirectories(pages());
            List<String> names = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (Path page : pageFiles) {
                String name = page.getFileName().toString();
                if (!used.add(name)) {
                    name = (names.size() + 1) + "-" + name;
                    used.add(name);
                }
                Files.copy(page, pages().resolve(name));
                names.add(name);
            }
            if (mappingFile != null) {
                Files.copy(mappingFile, mapping());
            }
            writeOrder(names);
        } catch (IOException e) {
            throw new UncheckedIOException("copying the export into " + jira() + " failed", e);
        }
    }

    /** The Jira side as imported: the pages in their order, with the mapping file when there is one. */
    ImportedJira readJira() {
        List<Path> files = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jira().resolve("pages.txt"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    files.add(pages().resolve(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new SandboxException(
                    "the data folder " + root + " has no Jira export (" + jira().resolve("pages.txt") + "): delete it"
                            + " or choose another with --data",
                    SandboxException.BAD_INPUT,
                    e);
        }
        return Files.isRegularFile(mapping()) ? JiraExport.read(mapping(), files) : JiraExport.read(files);
    }

    /** Marks the folder as loaded: from now on every start reuses it. */
    void markLoaded(Content content, Instant at, String source) {
        Properties properties = new Properties();
        properties.setProperty("content", content.name());
        properties.setProperty("loadedAt", at.toString());
        properties.setProperty("source", source);
        try (Writer out = Files.newBufferedWriter(root.resolve(MARKER), StandardCharsets.UTF_8)) {
            properties.store(out, "OKR Scorecard sandbox data folder");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeOrder(List<String> names) throws IOException {
        Files.write(jira().resolve("pages.txt"), names, StandardCharsets.UTF_8);
    }

    private static void write(Path file, JsonNode json) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), json);
    }

    /** The names of the folder's entries, e.g. to show that a failed start wrote nothing. */
    static List<String> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path tree) {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            paths.sort((a, b) -> b.getNameCount() - a.getNameCount());
            for (Path path : paths) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + tree + " failed", e);
        }
    }
}
