package io.okrscorecard.sandbox.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes demo issues as Jira Data Center answers {@code GET /rest/api/2/search?fields=*all&expand=names}: pages of at
 * most {@value #PAGE_SIZE} issues with {@code total} and the {@code names} of every field, the OKR fields as custom
 * fields with the ids the mapping file names. Every status is the one the issue had on the given day.
 */
final class ExportPages {
    static final int PAGE_SIZE = 1000;

    static final String EPIC_LINK = "customfield_10100";
    static final String STORY_POINTS = "customfield_10106";
    /** Advanced Roadmaps' Parent Link: in the export as Jira Data Center has it, set on no demo issue. */
    static final String PARENT_LINK = "customfield_10108";

    static final String PERSPECTIVE = "customfield_10200";
    static final String CYCLE = "customfield_10201";
    static final String KR_KIND = "customfield_10202";
    static final String KR_START = "customfield_10203";
    static final String KR_TARGET = "customfield_10204";
    static final String KR_UNIT = "customfield_10205";
    static final String WEIGHT = "customfield_10206";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Field id → display name, as {@code expand=names} gives them. */
    private static final Map<String, String> NAMES = names();

    private ExportPages() {}

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("summary", "Summary");
        names.put("issuetype", "Issue Type");
        names.put("project", "Project");
        names.put("status", "Status");
        names.put("resolution", "Resolution");
        names.put("assignee", "Assignee");
        names.put("parent", "Parent");
        names.put("issuelinks", "Linked Issues");
        names.put("labels", "Labels");
        names.put("components", "Component/s");
        names.put("timeoriginalestimate", "Original Estimate");
        names.put(EPIC_LINK, "Epic Link");
        names.put(STORY_POINTS, "Story Points");
        names.put(PARENT_LINK, "Parent Link");
        names.put(PERSPECTIVE, "BSC Perspective");
        names.put(CYCLE, "OKR Cycle");
        names.put(KR_KIND, "KR Kind");
        names.put(KR_START, "KR Start");
        names.put(KR_TARGET, "KR Target");
        names.put(KR_UNIT, "KR Unit");
        names.put(WEIGHT, "OKR Weight");
        return names;
    }

    /** The pages by file name ({@code export-1.json}, ...), the issues in key order of creation, as on {@code day}. */
    static Map<String, JsonNode> pages(List<DemoIssue> issues, LocalDate day) {
        Map<String, JsonNode> pages = new LinkedHashMap<>();
        for (int start = 0, page = 1; start < issues.size() || page == 1; start += PAGE_SIZE, page++) {
            ObjectNode root = JSON.objectNode();
            root.put("expand", "names,schema");
            root.put("startAt", start);
            root.put("maxResults", PAGE_SIZE);
            root.put("total", issues.size());
            ArrayNode array = root.putArray("issues");
            for (DemoIssue issue : issues.subList(start, Math.min(issues.size(), start + PAGE_SIZE))) {
                array.add(issue(issue, day));
            }
            ObjectNode names = root.putObject("names");
            NAMES.forEach(names::put);
            pages.put("export-" + page + ".json", root);
        }
        return pages;
    }

    /** The mapping file of the demo: every OKR field named by its id, the app's default link and issue type names. */
    static JsonNode mapping() {
        ObjectNode root = JSON.objectNode();
        ObjectNode fields = root.putObject("fields");
        fields.put("epicLink", EPIC_LINK);
        fields.put("parentLink", PARENT_LINK);
        fields.put("storyPoints", STORY_POINTS);
        fields.put("perspective", PERSPECTIVE);
        fields.put("cycle", CYCLE);
        fields.put("krKind", KR_KIND);
        fields.put("krStart", KR_START);
        fields.put("krTarget", KR_TARGET);
        fields.put("krUnit", KR_UNIT);
        fields.put("weight", WEIGHT);
        ObjectNode links = root.putObject("linkTypes");
        links.put("keyResult", DemoIssue.LinkType.KEY_RESULT.linkName);
        links.put("contribution", DemoIssue.LinkType.CONTRIBUTION.linkName);
        links.put("alignment", DemoIssue.LinkType.ALIGNMENT.linkName);
        links.put("cause", DemoIssue.LinkType.CAUSE.linkName);
        ObjectNode types = root.putObject("issueTypes");
        types.put("objective", DemoIssue.Type.OBJECTIVE.typeName);
        types.put("keyResult", DemoIssue.Type.KEY_RESULT.typeName);
        types.put("epic", DemoIssue.Type.EPIC.typeName);
        ObjectNode perspectives = root.putObject("perspectives");
        perspectives.put("source", "PERSPECTIVE_FIELD");
        ObjectNode values = perspectives.putObject("values");
        values.put("Financial", "financial");
        values.put("Customer", "customer");
        values.put("Internal Processes", "internal-processes");
        values.put("Learning & Growth", "learning-growth");
        return root;
    }

    private static ObjectNode issue(DemoIssue issue, LocalDate day) {
        ObjectNode node = JSON.objectNode();
        node.put("id", Long.toString(issue.id));
        node.put("key", issue.key);
        ObjectNode fields = node.putObject("fields");
        fields.put("summary", issue.summary);
        ObjectNode type = fields.putObject("issuetype");
        type.put("id", issue.type.id);
        type.put("name", issue.type.typeName);
        type.put("subtask", issue.type.subtask);
        fields.putObject("project").put("key", issue.key.substring(0, issue.key.indexOf('-')));
        Timeline.Status status = issue.timeline.statusOn(day);
        ObjectNode statusNode = fields.putObject("status");
        statusNode.put("name", status.name());
        ObjectNode category = statusNode.putObject("statusCategory");
        category.put("key", status.categoryKey());
        category.put("name", categoryName(status.categoryKey()));
        if (status.resolution() == null) {
            fields.putNull("resolution");
        } else {
            fields.putObject("resolution").put("name", status.resolution());
        }
        if (issue.assignee == null) {
            fields.putNull("assignee");
        } else {
            ObjectNode assignee = fields.putObject("assignee");
            assignee.put("key", issue.assignee.key());
            assignee.put("name", issue.assignee.name());
            assignee.put("displayName", issue.assignee.displayName());
        }
        if (issue.parent != null) {
            ObjectNode parent = fields.putObject("parent");
            parent.put("id", Long.toString(issue.parent.id));
            parent.put("key", issue.parent.key);
        }
        ArrayNode links = fields.putArray("issuelinks");
        for (DemoIssue.Link link : issue.links) {
            ObjectNode linkNode = links.addObject();
            linkNode.put("id", Long.toString(link.id()));
            ObjectNode linkType = linkNode.putObject("type");
            linkType.put("id", link.type().id);
            linkType.put("name", link.type().linkName);
            linkType.put("inward", link.type().inward);
            linkType.put("outward", link.type().outward);
            boolean outward = link.source() == issue;
            DemoIssue other = outward ? link.target() : link.source();
            ObjectNode otherNode = linkNode.putObject(outward ? "outwardIssue" : "inwardIssue");
            otherNode.put("id", Long.toString(other.id));
            otherNode.put("key", other.key);
        }
        ArrayNode labels = fields.putArray("labels");
        issue.labels.forEach(labels::add);
        ArrayNode components = fields.putArray("components");
        issue.components.forEach(name -> components.addObject().put("name", name));
        putNumber(fields, "timeoriginalestimate", issue.originalEstimateSeconds);
        if (issue.epic == null) {
            fields.putNull(EPIC_LINK);
        } else {
            fields.put(EPIC_LINK, issue.epic.key);
        }
        fields.putNull(PARENT_LINK);
        putNumber(fields, STORY_POINTS, issue.storyPoints);
        putOption(fields, PERSPECTIVE, issue.perspective);
        putText(fields, CYCLE, issue.cycle);
        putOption(fields, KR_KIND, issue.krKind);
        putNumber(fields, KR_START, issue.krStart);
        putNumber(fields, KR_TARGET, issue.krTarget);
        putText(fields, KR_UNIT, issue.krUnit);
        putNumber(fields, WEIGHT, issue.weight);
        return node;
    }

    private static String categoryName(String key) {
        return switch (key) {
            case "new" -> "To Do";
            case "indeterminate" -> "In Progress";
            default -> "Done";
        };
    }

    private static void putNumber(ObjectNode fields, String field, Number value) {
        if (value == null) {
            fields.putNull(field);
        } else if (value instanceof Long whole) {
            fields.put(field, whole);
        } else {
            fields.put(field, value.doubleValue());
        }
    }

    private static void putText(ObjectNode fields, String field, String value) {
        if (value == null) {
            fields.putNull(field);
        } else {
            fields.put(field, value);
        }
    }

    private static void putOption(ObjectNode fields, String field, String value) {
        if (value == null) {
            fields.putNull(field);
        } else {
            fields.putObject(field).put("value", value);
        }
    }
}
