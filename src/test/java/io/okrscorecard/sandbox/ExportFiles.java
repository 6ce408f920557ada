package io.okrscorecard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The hand-written export of {@code src/test/resources/sandbox} (two pages and a mapping file) copied into a folder,
 * with edits that break it the way real exports break.
 */
public final class ExportFiles {

    public static final String PAGE_1 = "export-1.json";
    public static final String PAGE_2 = "export-2.json";
    public static final String MAPPING = "mapping.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final List<String> pages = new ArrayList<>(List.of(PAGE_1, PAGE_2));

    private ExportFiles(Path folder) {
        this.folder = folder;
    }

    /** The standard export: objectives OKR-1..OKR-7 on page 1, work DEV-1..DEV-6 on page 2. */
    public static ExportFiles standard(Path folder) {
        ExportFiles files = new ExportFiles(folder);
        for (String name : List.of(PAGE_1, PAGE_2, MAPPING)) {
            try (InputStream in = ExportFiles.class.getResourceAsStream("/sandbox/" + name)) {
                Files.copy(in, folder.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    ImportedJira importAll() {
        return JiraExport.read(folder.resolve(MAPPING), pagePaths());
    }

    ImportedJira importWithoutMapping() {
        return JiraExport.read(pagePaths());
    }

    ExportFiles onlyPage(String page) {
        pages.retainAll(List.of(page));
        return this;
    }

    /** Changes the {@code fields} of one issue. */
    public ExportFiles editIssue(String page, String key, Consumer<ObjectNode> edit) {
        return editPage(page, root -> {
            for (JsonNode issue : root.get("issues")) {
                if (issue.get("key").asText().equals(key)) {
                    edit.accept((ObjectNode) issue.get("fields"));
                    return;
                }
            }
            throw new IllegalArgumentException(key + " is not on " + page);
        });
    }

    /** Changes the {@code fields} of every issue of a page. */
    public ExportFiles editEveryIssue(String page, Consumer<ObjectNode> edit) {
        return editPage(
                page, root -> root.get("issues").forEach(issue -> edit.accept((ObjectNode) issue.get("fields"))));
    }

    ExportFiles editPage(String page, Consumer<ObjectNode> edit) {
        return editJson(page, edit);
    }

    public ExportFiles editMapping(Consumer<ObjectNode> edit) {
        return editJson(MAPPING, edit);
    }

    ExportFiles write(String file, String text) {
        try {
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Sets the status category key of the issue's status. */
    static void statusCategory(ObjectNode fields, String key) {
        ((ObjectNode) fields.get("status").get("statusCategory")).put("key", key);
    }

    /** Removes {@code issuetype.id}, as a tool that trims an export may. */
    public static void withoutTypeId(ObjectNode fields) {
        ((ObjectNode) fields.get("issuetype")).remove("id");
    }

    /** Two problems in one issue: story points that are text and an unknown status category. */
    static void breakTwice(ObjectNode fields) {
        fields.put("customfield_10106", "many");
        statusCategory(fields, "unknown");
    }

    private ExportFiles editJson(String file, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(folder.resolve(file).toFile());
            edit.accept(root);
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(folder.resolve(file).toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The mapping file. */
    public Path mapping() {
        return folder.resolve(MAPPING);
    }

    /** The page files, in order. */
    public List<Path> pagePaths() {
        return pages.stream().map(folder::resolve).toList();
    }
}
