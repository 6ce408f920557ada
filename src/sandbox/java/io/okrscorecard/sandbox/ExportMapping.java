package io.okrscorecard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.perspective.MappingSource;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the mapping file says: which export field plays which role (by field id or display name; a role left out is
 * looked up by its default display name), the names of the four link types and of the Objective, Key Result and Epic
 * issue types, and how objectives map to perspectives. The format is described in {@code docs/sandbox.md}.
 *
 * @param fields only the roles the file names
 * @param perspectiveField the field of a {@link MappingSource#SELECT_FIELD} perspective mapping as written, else
 *     {@code null}
 */
record ExportMapping(
        Map<FieldRole, String> fields,
        Map<LinkRole, String> linkTypes,
        String objectiveType,
        String keyResultType,
        String epicType,
        PerspectiveMapping perspectives,
        String perspectiveField) {

    private static final Set<String> SECTIONS = Set.of("fields", "linkTypes", "issueTypes", "perspectives");
    private static final Set<String> ISSUE_TYPES = Set.of("objective", "keyResult", "epic");
    private static final Set<String> PERSPECTIVE_KEYS = Set.of("source", "field", "values");

    ExportMapping {
        fields = Map.copyOf(fields);
        linkTypes = Map.copyOf(linkTypes);
    }

    /**
     * This mapping with the SELECT_FIELD perspective mapping reading the field with this id, as Jira's stored mapping
     * names it (the file may name the field by its display name).
     */
    ExportMapping withPerspectiveField(String fieldId) {
        return new ExportMapping(
                fields,
                linkTypes,
                objectiveType,
                keyResultType,
                epicType,
                new PerspectiveMapping(perspectives.source(), fieldId, perspectives.values()),
                perspectiveField);
    }

    /** The mapping of an export from a Jira whose OKR objects keep the app's default names. */
    static ExportMapping defaults() {
        Map<LinkRole, String> links = new EnumMap<>(LinkRole.class);
        for (LinkRole role : LinkRole.values()) {
            links.put(role, role.defaultName());
        }
        return new ExportMapping(
                Map.of(), links, "Objective", "Key Result", "Epic", PerspectiveMapping.defaults(), null);
    }

    /** Reads the mapping file's JSON; what is wrong goes to {@code problems} and the defaults stand in. */
    static ExportMapping read(JsonNode root, String file, Problems problems) {
        ExportMapping defaults = defaults();
        if (!root.isObject()) {
            problems.add(file, null, null, "must be a JSON object with fields, linkTypes, issueTypes, perspectives");
            return defaults;
        }
        unknownKeys(root, SECTIONS, "", file, problems);
        Map<FieldRole, String> fields = new EnumMap<>(FieldRole.class);
        JsonNode fieldsNode = section(root, "fields", file, problems);
        for (Iterator<String> names = fieldsNode.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            FieldRole role = fieldRole(name);
            if (role == null) {
                problems.add(file, null, "fields." + name, "is not a field role; known: " + fieldRoleKeys());
            } else {
                text(fieldsNode, name, "fields.", file, problems).ifPresent(value -> fields.put(role, value));
            }
        }
        Map<LinkRole, String> links = new EnumMap<>(defaults.linkTypes());
        JsonNode linksNode = section(root, "linkTypes", file, problems);
        for (Iterator<String> names = linksNode.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            LinkRole role = linkRole(name);
            if (role == null) {
                problems.add(
                        file,
                        null,
                        "linkTypes." + name,
                        "is not a link role; known: keyResult, contribution, alignment, cause");
            } else {
                text(linksNode, name, "linkTypes.", file, problems).ifPresent(value -> links.put(role, value));
            }
        }
        JsonNode typesNode = section(root, "issueTypes", file, problems);
        unknownKeys(typesNode, ISSUE_TYPES, "issueTypes.", file, problems);
        String objective =
                text(typesNode, "objective", "issueTypes.", file, problems).orElse(defaults.objectiveType());
        String keyResult =
                text(typesNode, "keyResult", "issueTypes.", file, problems).orElse(defaults.keyResultType());
        String epic = text(typesNode, "epic", "issueTypes.", file, problems).orElse(defaults.epicType());
        JsonNode perspectivesNode = section(root, "perspectives", file, problems);
        PerspectiveMapping perspectives = defaults.perspectives();
        String perspectiveField = null;
        if (perspectivesNode.size() > 0) {
            unknownKeys(perspectivesNode, PERSPECTIVE_KEYS, "perspectives.", file, problems);
            perspectiveField = text(perspectivesNode, "field", "perspectives.", file, problems)
                    .orElse(null);
            perspectives = perspectiveMapping(perspectivesNode, perspectiveField, file, problems);
        }
        return new ExportMapping(fields, links, objective, keyResult, epic, perspectives, perspectiveField);
    }

    private static PerspectiveMapping perspectiveMapping(JsonNode node, String field, String file, Problems problems) {
        String sourceName =
                text(node, "source", "perspectives.", file, problems).orElse(MappingSource.PERSPECTIVE_FIELD.name());
        MappingSource source;
        try {
            source = MappingSource.valueOf(sourceName);
        } catch (IllegalArgumentException e) {
            problems.add(
                    file,
                    null,
                    "perspectives.source",
                    "must be one of PERSPECTIVE_FIELD, SELECT_FIELD, LABELS, COMPONENTS, was \"" + sourceName + "\"");
            return PerspectiveMapping.defaults();
        }
        Map<String, PerspectiveKey> values = new LinkedHashMap<>();
        JsonNode valuesNode = node.get("values");
        if (valuesNode == null || valuesNode.isNull()) {
            values.putAll(PerspectiveMapping.defaults().values());
        } else if (!valuesNode.isObject()) {
            problems.add(file, null, "perspectives.values", "must be an object from value to perspective key");
            return PerspectiveMapping.defaults();
        } else {
            for (Map.Entry<String, JsonNode> entry : valuesNode.properties()) {
                try {
                    values.put(
                            entry.getKey(), PerspectiveKey.of(entry.getValue().asText()));
                } catch (ValidationException e) {
                    problems.add(file, null, "perspectives.values." + entry.getKey(), e.reason());
                }
            }
        }
        try {
            return new PerspectiveMapping(source, source == MappingSource.SELECT_FIELD ? field : null, values);
        } catch (ValidationException e) {
            problems.add(file, null, "perspectives", e.getMessage());
            return PerspectiveMapping.defaults();
        }
    }

    private static JsonNode section(JsonNode root, String name, String file, Problems problems) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            problems.add(file, null, name, "must be a JSON object");
            return JsonNodeFactory.instance.objectNode();
        }
        return node;
    }

    private static Optional<String> text(JsonNode node, String name, String prefix, String file, Problems problems) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(file, null, prefix + name, "must be a non-blank string, was " + value);
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String prefix, String file, Problems problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(
                        file, null, prefix + name, "is not part of the mapping format; known: " + new TreeSet<>(known));
            }
        }
    }

    private static FieldRole fieldRole(String key) {
        for (FieldRole role : FieldRole.values()) {
            if (role.mappingKey().equals(key)) {
                return role;
            }
        }
        return null;
    }

    private static LinkRole linkRole(String key) {
        for (LinkRole role : LinkRole.values()) {
            if (role.mappingKey().equals(key)) {
                return role;
            }
        }
        return null;
    }

    private static String fieldRoleKeys() {
        StringBuilder keys = new StringBuilder();
        for (FieldRole role : FieldRole.values()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(role.mappingKey());
        }
        return keys.toString();
    }
}
