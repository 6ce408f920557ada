package io.okrscorecard.sandbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.perspective.MappingSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Jira REST export: the pages Jira DC returns for {@code GET /rest/api/2/search?fields=*all&expand=names},
 * plus a mapping file naming the OKR fields, link types and issue types (see {@code docs/sandbox.md}).
 *
 * <p>All or nothing: every page, every issue and every mapped field is checked before the model is built; when
 * anything is wrong an {@link ImportException} lists what (up to {@link ImportException#LIMIT} problems, each with
 * the file, the issue key and the field) and no model is returned.
 */
public final class JiraExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JiraExport() {}

    /** Imports the pages with a mapping file. */
    public static ImportedJira read(Path mappingFile, List<Path> pages) {
        Problems problems = new Problems();
        JsonNode mappingJson = parse(mappingFile, problems);
        problems.throwIfAny();
        ExportMapping mapping = ExportMapping.read(mappingJson, name(mappingFile), problems);
        problems.throwIfAny();
        return read(mapping, name(mappingFile), parsed(pages, problems), problems);
    }

    /** Imports the pages of a Jira whose OKR fields, link types and issue types keep the app's default names. */
    public static ImportedJira read(List<Path> pages) {
        Problems problems = new Problems();
        return read(ExportMapping.defaults(), "(default mapping)", parsed(pages, problems), problems);
    }

    /**
     * Imports pages that are already parsed (e.g. generated), with the same checks as files: {@code pages} maps each
     * page's name, used in messages as a file name, to its JSON, in page order.
     */
    public static ImportedJira read(String mappingName, JsonNode mapping, Map<String, JsonNode> pages) {
        Problems problems = new Problems();
        ExportMapping exportMapping = ExportMapping.read(mapping, mappingName, problems);
        problems.throwIfAny();
        return read(exportMapping, mappingName, new LinkedHashMap<>(pages), problems);
    }

    /** The pages by file name, in order; those that cannot be read or parsed are problems. */
    private static Map<String, JsonNode> parsed(List<Path> pages, Problems problems) {
        Map<String, JsonNode> roots = new LinkedHashMap<>();
        for (Path path : pages) {
            JsonNode root = parse(path, problems);
            if (root != null) {
                roots.put(name(path), root);
            }
        }
        return roots;
    }

    private static ImportedJira read(
            ExportMapping mapping, String mappingFile, Map<String, JsonNode> pages, Problems problems) {
        if (pages.isEmpty() && problems.isEmpty()) {
            problems.add(mappingFile, null, null, "no export page given");
        }
        Map<String, String> names = new LinkedHashMap<>();
        List<Page> read = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : pages.entrySet()) {
            Page page = page(entry.getKey(), entry.getValue(), problems);
            if (page != null) {
                read.add(page);
                page.names().forEach(names::putIfAbsent);
            }
        }
        problems.throwIfAny();
        Map<IssueId, RawIssue> issues = distinctIssues(read, problems);
        problems.throwIfAny();
        Map<FieldRole, ExportField> fields = resolveFields(mapping, mappingFile, names, problems);
        ExportField perspectiveSelect = mapping.perspectives().source() == MappingSource.SELECT_FIELD
                ? resolve(mapping.perspectiveField(), "perspectives.field", mappingFile, names, problems)
                : null;
        problems.throwIfAny();
        IssueReader reader = new IssueReader(fields, mapping.objectiveType(), perspectiveSelect, problems);
        List<ExportedIssue> exported = new ArrayList<>();
        Map<String, ExportedLink> links = new LinkedHashMap<>();
        for (RawIssue raw : issues.values()) {
            ExportedIssue issue = reader.read(
                    raw.file(),
                    raw.id(),
                    raw.key(),
                    raw.fields(),
                    link -> links.putIfAbsent(
                            link.identity(),
                            new ExportedLink(
                                    link.type(),
                                    link.source(),
                                    link.sourceKey(),
                                    link.target(),
                                    link.targetKey(),
                                    link.linkId(),
                                    links.size())));
            if (issue != null) {
                exported.add(issue);
            }
        }
        TypeIds typeIds = TypeIds.of(issues.values(), problems);
        problems.throwIfAny();
        // what does not fit the core's values goes to problems
        ImportedJira model = new ImportedJira(ImportAssembly.of(
                perspectiveSelect == null ? mapping : mapping.withPerspectiveField(perspectiveSelect.id()),
                fields,
                exported,
                List.copyOf(links.values()),
                typeIds,
                inwardDescriptions(issues.values()),
                problems));
        problems.throwIfAny();
        return model;
    }

    /**
     * The inward descriptions of the link types the export shows ({@code issuelinks[].type.inward}), by name; the first
     * seen for a name is kept. Jira's issue search names links by their description.
     */
    private static Map<String, String> inwardDescriptions(Iterable<RawIssue> issues) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (RawIssue issue : issues) {
            for (JsonNode link : issue.fields().path("issuelinks")) {
                JsonNode name = link.path("type").path("name");
                JsonNode inward = link.path("type").path("inward");
                if (name.isTextual() && inward.isTextual() && !inward.asText().isBlank()) {
                    descriptions.putIfAbsent(name.asText(), inward.asText());
                }
            }
        }
        return descriptions;
    }

    /** One page file of the search result. */
    private record Page(String file, Map<String, String> names, List<RawIssue> issues, long total) {}

    /** An issue of a page before its fields are read. */
    record RawIssue(String file, IssueId id, IssueKey key, JsonNode fields) {}

    private static JsonNode parse(Path path, Problems problems) {
        try {
            return JSON.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            problems.add(name(path), null, null, "is not valid JSON: " + e.getOriginalMessage() + location(e));
        } catch (IOException e) {
            problems.add(name(path), null, null, "cannot be read: " + e);
        }
        return null;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static Page page(String file, JsonNode root, Problems problems) {
        if (!root.isObject()) {
            problems.add(file, null, null, "must be the JSON object of /rest/api/2/search, was " + root.getNodeType());
            return null;
        }
        JsonNode issues = root.get("issues");
        if (issues == null || !issues.isArray()) {
            problems.add(
                    file,
                    null,
                    "issues",
                    issues == null
                            ? "is missing: is this the answer of /rest/api/2/search?"
                            : "must be an array, was " + issues.getNodeType());
        }
        JsonNode names = root.get("names");
        if (names == null || !names.isObject()) {
            problems.add(file, null, "names", "is missing: export with expand=names so that fields can be named");
        }
        JsonNode total = root.get("total");
        if (total != null && !total.canConvertToLong()) {
            problems.add(file, null, "total", "must be a number, was " + total);
        }
        if (issues == null || !issues.isArray() || names == null || !names.isObject()) {
            return null;
        }
        Map<String, String> fieldNames = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : names.properties()) {
            fieldNames.put(entry.getKey(), entry.getValue().asText(entry.getKey()));
        }
        List<RawIssue> raw = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            JsonNode issue = issues.get(i);
            String keyText = issue.path("key").asText("");
            IssueKey key;
            IssueId id;
            try {
                key = IssueKey.of(keyText);
            } catch (ValidationException e) {
                problems.add(
                        file,
                        null,
                        "issues[" + i + "].key",
                        "must be an issue key like PROJ-123, was " + issue.get("key"));
                continue;
            }
            try {
                id = IssueId.of(Long.parseLong(issue.path("id").asText()));
            } catch (NumberFormatException | ValidationException e) {
                problems.add(file, keyText, "id", "must be Jira's numeric issue id, was " + issue.get("id"));
                continue;
            }
            if (!issue.path("fields").isObject()) {
                problems.add(file, keyText, "fields", "is missing: export with fields=*all");
                continue;
            }
            raw.add(new RawIssue(file, id, key, issue.get("fields")));
        }
        return new Page(file, fieldNames, raw, total == null ? raw.size() : total.asLong());
    }

    /**
     * Issues by id over all pages. An issue on two pages (pages taken while issues changed) is read once; pages that
     * hold fewer issues than their {@code total} are missing pages, and a partial import would show wrong numbers.
     */
    private static Map<IssueId, RawIssue> distinctIssues(List<Page> pages, Problems problems) {
        Map<IssueId, RawIssue> issues = new LinkedHashMap<>();
        Map<IssueKey, RawIssue> byKey = new LinkedHashMap<>();
        long total = 0;
        String totalFile = null;
        for (Page page : pages) {
            if (page.total() > total) {
                total = page.total();
                totalFile = page.file();
            }
            for (RawIssue issue : page.issues()) {
                RawIssue sameKey = byKey.putIfAbsent(issue.key(), issue);
                if (sameKey != null && !sameKey.id().equals(issue.id())) {
                    problems.add(
                            issue.file(),
                            issue.key().value(),
                            "id",
                            "is " + issue.id() + " but " + sameKey.file() + " gives this key the id " + sameKey.id());
                }
                issues.putIfAbsent(issue.id(), issue);
            }
        }
        if (issues.size() < total) {
            problems.add(
                    totalFile,
                    null,
                    "total",
                    "says the search found " + total + " issues but the pages hold " + issues.size()
                            + ": export every page (startAt=0, " + "maxResults, 2*maxResults, ...)");
        }
        return issues;
    }

    /**
     * The fields of the mapped roles. A field the mapping file names must be in the export (by id or display name); a
     * role the file leaves out is looked up by its default display name and stays unmapped when the export has none.
     */
    private static Map<FieldRole, ExportField> resolveFields(
            ExportMapping mapping, String mappingFile, Map<String, String> names, Problems problems) {
        Map<FieldRole, ExportField> fields = new EnumMap<>(FieldRole.class);
        for (FieldRole role : FieldRole.values()) {
            String named = mapping.fields().get(role);
            ExportField field = named != null
                    ? resolve(named, "fields." + role.mappingKey(), mappingFile, names, problems)
                    : byName(role.defaultName(), names);
            if (field != null) {
                fields.put(role, field);
            }
        }
        return fields;
    }

    private static ExportField resolve(
            String reference, String mappingField, String mappingFile, Map<String, String> names, Problems problems) {
        if (names.containsKey(reference)) {
            return new ExportField(reference, names.get(reference));
        }
        List<String> ids = new ArrayList<>();
        names.forEach((id, name) -> {
            if (name.equalsIgnoreCase(reference)) {
                ids.add(id);
            }
        });
        if (ids.size() == 1) {
            return new ExportField(ids.get(0), names.get(ids.get(0)));
        }
        problems.add(
                mappingFile,
                null,
                mappingField,
                ids.isEmpty()
                        ? "names \"" + reference + "\", which is no field id or name in the export"
                        : "names \"" + reference + "\", which is the name of several fields " + ids
                                + ": give the field id");
        return null;
    }

    private static ExportField byName(String name, Map<String, String> names) {
        ExportField found = null;
        for (Map.Entry<String, String> entry : names.entrySet()) {
            if (entry.getValue().equalsIgnoreCase(name)) {
                if (found != null) {
                    return null;
                }
                found = new ExportField(entry.getKey(), entry.getValue());
            }
        }
        return found;
    }

    private static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
