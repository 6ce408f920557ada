package io.okrscorecard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.work.StatusCategory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one issue of a {@code /rest/api/2/search} page: checks the shape and type of every field it uses and reports
 * each problem with the file, the issue key and the field. Absent and {@code null} values are "not set"; a value of
 * the wrong type is a problem.
 */
final class IssueReader {

    /** Jira's prefix of custom field ids; a perspective mapping reads custom fields only, as Jira's does. */
    private static final String CUSTOM_FIELD = "customfield_";

    private final Map<FieldRole, ExportField> fields;
    private final String objectiveType;
    private final ExportField perspectiveSelect;
    private final Problems problems;

    /**
     * @param fields the mapped fields that exist in the export
     * @param objectiveType the name of the Objective issue type: only objectives keep their {@link PerspectiveValues}
     * @param perspectiveSelect the field of the mapping file's SELECT_FIELD perspective mapping, else {@code null}
     */
    IssueReader(
            Map<FieldRole, ExportField> fields,
            String objectiveType,
            ExportField perspectiveSelect,
            Problems problems) {
        this.fields = fields;
        this.objectiveType = objectiveType;
        this.perspectiveSelect = perspectiveSelect;
        this.problems = problems;
    }

    /** The issue, or {@code null} when it has problems (they are in {@link #problems}). */
    ExportedIssue read(String file, IssueId id, IssueKey key, JsonNode issueFields, Consumer<ExportedLink> links) {
        Reading reading = new Reading(file, key.value(), issueFields);
        JsonNode type = reading.object("issuetype");
        String typeName = reading.requiredText(type, "issuetype.name");
        boolean subtask = type != null && type.path("subtask").asBoolean(false);
        StatusCategory status = reading.statusCategory();
        JsonNode resolution = reading.object("resolution");
        IssueId parentId = subtask ? reading.parentId() : null;
        Long estimate = reading.estimate();
        Person assignee = reading.assignee();
        reading.links(id, key, links);
        ExportedIssue issue = new ExportedIssue(
                file,
                id,
                key,
                issueFields.path("summary").asText(""),
                typeName,
                subtask,
                status,
                resolution == null ? null : resolution.path("name").asText(null),
                parentId,
                estimate,
                assignee,
                reading.issueKey(FieldRole.EPIC_LINK),
                reading.parentLink(),
                reading.number(FieldRole.STORY_POINTS),
                objectiveType.equalsIgnoreCase(typeName) ? reading.perspectiveValues() : PerspectiveValues.NONE,
                reading.text(FieldRole.CYCLE),
                reading.option(FieldRole.KR_KIND),
                reading.number(FieldRole.KR_START),
                reading.number(FieldRole.KR_TARGET),
                reading.text(FieldRole.KR_UNIT),
                reading.number(FieldRole.WEIGHT));
        return reading.failed ? null : issue;
    }

    /** The reading of one issue: remembers whether anything was wrong. */
    private final class Reading {
        private final String file;
        private final String key;
        private final JsonNode issueFields;
        private boolean failed;

        Reading(String file, String key, JsonNode issueFields) {
            this.file = file;
            this.key = key;
            this.issueFields = issueFields;
        }

        private void problem(String field, String message) {
            failed = true;
            problems.add(file, key, field, message);
        }

        JsonNode object(String name) {
            JsonNode node = issueFields.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                problem(name, "must be an object, was " + node);
                return null;
            }
            return node;
        }

        String requiredText(JsonNode parent, String path) {
            JsonNode value = parent == null ? null : parent.get(path.substring(path.lastIndexOf('.') + 1));
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                problem(path, "is missing");
                return null;
            }
            return value.asText();
        }

        /**
         * The assignee: the user key ({@code key}; {@code name} in exports without one) and the {@code displayName}
         * Jira shows; {@code null} when unassigned. An assignee with neither key nor name is a problem.
         */
        Person assignee() {
            JsonNode assignee = object("assignee");
            if (assignee == null) {
                return null;
            }
            String key = textOf(assignee, "key");
            if (key == null) {
                key = textOf(assignee, "name");
            }
            if (key == null) {
                problem("assignee.key", "is missing (the export names the assignee by neither key nor name)");
                return null;
            }
            return new Person(key, textOf(assignee, "displayName"));
        }

        private static String textOf(JsonNode parent, String name) {
            JsonNode value = parent.get(name);
            return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
        }

        StatusCategory statusCategory() {
            JsonNode value = issueFields.path("status").path("statusCategory").path("key");
            if (!value.isTextual()) {
                problem("status.statusCategory.key", "is missing");
                return null;
            }
            try {
                return StatusCategory.fromKey(value.asText());
            } catch (ValidationException e) {
                problem("status.statusCategory.key", "must be one of new, indeterminate, done, was " + value);
                return null;
            }
        }

        IssueId parentId() {
            JsonNode value = issueFields.path("parent").path("id");
            try {
                return IssueId.of(Long.parseLong(value.asText()));
            } catch (NumberFormatException | ValidationException e) {
                problem("parent.id", "must be the numeric id of the sub-task's parent, was " + value);
                return null;
            }
        }

        Long estimate() {
            JsonNode value = issueFields.get("timeoriginalestimate");
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.canConvertToLong() || !value.isIntegralNumber()) {
                problem("timeoriginalestimate", "must be a whole number of seconds, was " + value);
                return null;
            }
            return value.asLong() < 0 ? null : value.asLong();
        }

        void links(IssueId id, IssueKey key, Consumer<ExportedLink> sink) {
            JsonNode all = issueFields.get("issuelinks");
            if (all == null || all.isNull()) {
                return;
            }
            if (!all.isArray()) {
                problem("issuelinks", "must be an array, was " + all);
                return;
            }
            for (int i = 0; i < all.size(); i++) {
                JsonNode link = all.get(i);
                String field = "issuelinks[" + i + "]";
                String type = link.path("type").path("name").asText("");
                if (type.isBlank()) {
                    problem(field + ".type.name", "is missing");
                    continue;
                }
                boolean outward = link.hasNonNull("outwardIssue");
                JsonNode other = outward ? link.get("outwardIssue") : link.get("inwardIssue");
                if (other == null || other.isNull()) {
                    problem(field, "has neither inwardIssue nor outwardIssue");
                    continue;
                }
                IssueId otherId;
                IssueKey otherKey;
                try {
                    otherId = IssueId.of(Long.parseLong(other.path("id").asText()));
                    otherKey = IssueKey.of(other.path("key").asText());
                } catch (NumberFormatException | ValidationException e) {
                    problem(
                            field + (outward ? ".outwardIssue" : ".inwardIssue"),
                            "must hold the linked issue's numeric id and key, was " + other);
                    continue;
                }
                long linkId = link.path("id").asLong(0);
                sink.accept(
                        outward
                                ? new ExportedLink(type, id, key, otherId, otherKey, linkId, 0)
                                : new ExportedLink(type, otherId, otherKey, id, key, linkId, 0));
            }
        }

        private JsonNode value(ExportField field) {
            JsonNode value = field == null ? null : issueFields.get(field.id());
            return value == null || value.isNull() ? null : value;
        }

        Double number(FieldRole role) {
            ExportField field = fields.get(role);
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
                problem(field.label(), "must be a number, was " + value);
                return null;
            }
            return value.asDouble();
        }

        String text(FieldRole role) {
            ExportField field = fields.get(role);
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (value.isObject()
                    && value.get("value") != null
                    && value.get("value").isTextual()) {
                return blankToNull(value.get("value").asText());
            }
            if (!value.isTextual()) {
                problem(field.label(), "must be text, was " + value);
                return null;
            }
            return blankToNull(value.asText());
        }

        /**
         * The key the Parent Link names. Jira's REST API writes it as an object whose {@code data} holds the parent's
         * {@code id} and {@code key} (https://community.developer.atlassian.com/t/deprecation-of-the-epic-link-parent-link-and-other-related-fields-in-rest-apis-and-webhooks/54048);
         * a plain key is read as well. An object without {@code data} (Advanced Roadmaps unlicensed: only
         * {@code showField} and a reason) names nothing.
         */
        IssueKey parentLink() {
            ExportField field = fields.get(FieldRole.PARENT_LINK);
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (value.isObject()) {
                JsonNode data = value.get("data");
                if (data == null || data.isNull()) {
                    return null;
                }
                JsonNode key = data.get("key");
                if (key == null || !key.isTextual()) {
                    problem(field.label(), "must name its parent by data.key, was " + value);
                    return null;
                }
                return keyOf(field, key.asText());
            }
            if (!value.isTextual()) {
                problem(field.label(), "must be an issue key or an object with data.key, was " + value);
                return null;
            }
            return blankToNull(value.asText()) == null
                    ? null
                    : keyOf(field, value.asText().strip());
        }

        private IssueKey keyOf(ExportField field, String value) {
            try {
                return IssueKey.of(value);
            } catch (ValidationException e) {
                problem(field.label(), "must be an issue key like PROJ-123, was \"" + value + "\"");
                return null;
            }
        }

        IssueKey issueKey(FieldRole role) {
            String value = text(role);
            return value == null ? null : keyOf(fields.get(role), value);
        }

        String option(FieldRole role) {
            ExportField field = fields.get(role);
            List<String> values = options(field == null ? null : field.id(), true);
            return values.isEmpty() ? null : values.get(0);
        }

        /**
         * The values of a select field: one option object, an array of them, or plain text. A field the mapping names
         * ({@code strict}) must hold nothing else; any other field may hold anything, whose non-options are no values.
         */
        private List<String> options(String fieldId, boolean strict) {
            JsonNode value = fieldId == null ? null : issueFields.get(fieldId);
            List<String> values = new ArrayList<>();
            if (value == null || value.isNull()) {
                return values;
            }
            Iterable<JsonNode> all = value.isArray() ? value : List.of(value);
            for (JsonNode option : all) {
                JsonNode text = option.isObject() ? option.get("value") : option;
                if (text == null || !text.isTextual()) {
                    if (strict) {
                        problem(label(fieldId), "must be a select option with a \"value\", was " + option);
                    }
                } else if (!text.asText().isBlank()) {
                    values.add(text.asText());
                }
            }
            return values;
        }

        private String label(String fieldId) {
            for (ExportField field : fields.values()) {
                if (field.id().equals(fieldId)) {
                    return field.label();
                }
            }
            return perspectiveSelect != null && perspectiveSelect.id().equals(fieldId)
                    ? perspectiveSelect.label()
                    : fieldId;
        }

        /** An objective's values in every place a perspective mapping can read: custom fields, labels, components. */
        PerspectiveValues perspectiveValues() {
            Map<String, List<String>> options = new LinkedHashMap<>();
            ExportField perspective = fields.get(FieldRole.PERSPECTIVE);
            for (Map.Entry<String, JsonNode> field : issueFields.properties()) {
                String id = field.getKey();
                if (id.startsWith(CUSTOM_FIELD)) {
                    boolean named = (perspective != null && perspective.id().equals(id))
                            || (perspectiveSelect != null
                                    && perspectiveSelect.id().equals(id));
                    List<String> values = options(id, named);
                    if (!values.isEmpty()) {
                        options.put(id, values);
                    }
                }
            }
            return new PerspectiveValues(options, names("labels", false), names("components", true));
        }

        /** Labels or component names as the export lists them. */
        private List<String> names(String name, boolean objects) {
            JsonNode all = issueFields.get(name);
            List<String> names = new ArrayList<>();
            if (all == null || all.isNull()) {
                return names;
            }
            if (!all.isArray()) {
                problem(name, "must be an array, was " + all);
                return names;
            }
            for (JsonNode item : all) {
                JsonNode text = objects ? item.get("name") : item;
                if (text == null || !text.isTextual()) {
                    problem(name, "must hold " + (objects ? "objects with a name" : "strings") + ", was " + item);
                } else if (!text.asText().isBlank()) {
                    names.add(text.asText());
                }
            }
            return names;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
