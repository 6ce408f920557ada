package io.okrscorecard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.IssueId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Jira's ids of the issue types and link types an export shows ({@code issuetype.id}, {@code issuelinks[].type.id}).
 * The import identifies types by name, but the issue view needs each issue's type id: the app's panel shows on the
 * issue types whose ids the setup recorded. Jira sends {@code issuetype.id} with every issue; an issue without one (an
 * export trimmed by a tool) takes the id the export gives the same type name on its other issues when that is exactly
 * one id, and is otherwise a problem naming the file, the issue and the field.
 */
final class TypeIds {

    private final Map<String, String> byName;
    private final Map<IssueId, String> byIssue;

    private TypeIds(Map<String, String> byName, Map<IssueId, String> byIssue) {
        this.byName = Map.copyOf(byName);
        this.byIssue = Map.copyOf(byIssue);
    }

    /** The ids of the issues' types and links; what cannot be known goes to {@code problems}. */
    static TypeIds of(Iterable<JiraExport.RawIssue> issues, Problems problems) {
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, Set<String>> issueTypeIds = new LinkedHashMap<>();
        Map<IssueId, String> byIssue = new LinkedHashMap<>();
        for (JiraExport.RawIssue issue : issues) {
            JsonNode type = issue.fields().path("issuetype");
            String id = id(type);
            if (id == null && type.hasNonNull("id")) {
                problems.add(
                        issue.file(),
                        issue.key().value(),
                        "issuetype.id",
                        "must be the issue type's id, was " + type.get("id"));
            }
            if (id != null && type.path("name").isTextual()) {
                byName.putIfAbsent(type.get("name").asText(), id);
                issueTypeIds
                        .computeIfAbsent(type.get("name").asText(), name -> new TreeSet<>())
                        .add(id);
                byIssue.put(issue.id(), id);
            }
            for (JsonNode link : issue.fields().path("issuelinks")) {
                String linkTypeId = id(link.path("type"));
                if (linkTypeId != null && link.path("type").path("name").isTextual()) {
                    byName.putIfAbsent(link.path("type").get("name").asText(), linkTypeId);
                }
            }
        }
        for (JiraExport.RawIssue issue : issues) {
            JsonNode type = issue.fields().path("issuetype");
            if (byIssue.containsKey(issue.id())
                    || type.hasNonNull("id")
                    || !type.path("name").isTextual()) {
                continue;
            }
            String name = type.get("name").asText();
            Set<String> ids = issueTypeIds.getOrDefault(name, Set.of());
            if (ids.size() == 1) {
                byIssue.put(issue.id(), ids.iterator().next());
            } else {
                problems.add(
                        issue.file(),
                        issue.key().value(),
                        "issuetype.id",
                        ids.isEmpty()
                                ? "is missing, and no other issue of type \"" + name + "\" in the export has it:"
                                        + " export with fields=*all, which gives every issue its type's id"
                                : "is missing, and the export gives the type \"" + name + "\" several ids " + ids
                                        + ": export again, with fields=*all");
            }
        }
        return new TypeIds(byName, byIssue);
    }

    /** The first id the export shows for each issue type and link type, by name (the setup report's ids). */
    Map<String, String> byName() {
        return byName;
    }

    /** The id of the issue's type: its own {@code issuetype.id}, else the one its type name has in the export. */
    String ofIssue(IssueId issue) {
        return byIssue.get(issue);
    }

    /** An id as Jira writes it: text (the REST API's form) or a whole number; {@code null} when there is none. */
    private static String id(JsonNode type) {
        JsonNode id = type.path("id");
        if (id.isTextual() && !id.asText().isBlank()) {
            return id.asText().strip();
        }
        return id.isIntegralNumber() ? id.asText() : null;
    }
}
