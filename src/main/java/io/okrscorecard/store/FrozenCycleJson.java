package io.okrscorecard.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Maintain;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code FrozenCycle} as JSON: its header (the cycle, the day, the settings as their setting rows, the perspectives,
 * the status rule) in one text, and each objective (with its key results, their check-ins and the stored numbers of
 * each) in a text of its own. Every value is written so that it reads back equal: instants as ISO text with their
 * nanoseconds, numbers as the shortest text that reads back to the same double, NaN as null.
 */
final class FrozenCycleJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private FrozenCycleJson() {}

    /** The parts of a frozen cycle besides its objectives and rows. */
    record Header(
            Cycle cycle,
            Instant frozenAt,
            LocalDate day,
            AppSettings settings,
            Perspectives perspectives,
            StatusRule rule) {}

    /** One objective with the stored rows of itself and its key results. */
    record FrozenObjective(Objective objective, List<StoredProgress> rows) {}

    static String header(Header header) {
        ObjectNode node = JSON.createObjectNode();
        ObjectNode cycle = node.putObject("cycle");
        cycle.put("id", header.cycle().id().value());
        cycle.put("name", header.cycle().name());
        cycle.put("start", header.cycle().start().toString());
        cycle.put("end", header.cycle().end().toString());
        node.put("frozenAt", header.frozenAt().toString());
        node.put("day", header.day().toString());
        ObjectNode settings = node.putObject("settings");
        AppSettingsMapper.texts(header.settings()).forEach(settings::put);
        ArrayNode perspectives = node.putArray("perspectives");
        for (Perspective perspective : header.perspectives().all()) {
            ObjectNode p = perspectives.addObject();
            p.put("key", perspective.key().value());
            p.put("name", perspective.name());
            p.put("order", perspective.order());
            p.put("colour", perspective.colour());
            p.put("weight", perspective.weight().value());
            p.put("green", perspective.thresholds().green());
            p.put("amber", perspective.thresholds().amber());
        }
        ObjectNode rule = node.putObject("rule");
        rule.put("mode", header.rule().mode().name());
        rule.put("elapsedShare", header.rule().elapsedShare());
        return text(node);
    }

    static Header header(String text) {
        JsonNode node = tree(text);
        JsonNode cycle = node.get("cycle");
        Map<String, String> settings = new LinkedHashMap<>();
        node.get("settings")
                .fields()
                .forEachRemaining(field -> settings.put(
                        field.getKey(),
                        field.getValue().isNull() ? null : field.getValue().asText()));
        List<Perspective> perspectives = new ArrayList<>();
        for (JsonNode p : node.get("perspectives")) {
            perspectives.add(new Perspective(
                    PerspectiveKey.of(p.get("key").asText()),
                    p.get("name").asText(),
                    p.get("order").asInt(),
                    textOrNull(p.get("colour")),
                    Weight.of(p.get("weight").asDouble()),
                    new Thresholds(p.get("green").asDouble(), p.get("amber").asDouble())));
        }
        JsonNode rule = node.get("rule");
        return new Header(
                new Cycle(
                        CycleId.of(cycle.get("id").asText()),
                        cycle.get("name").asText(),
                        LocalDate.parse(cycle.get("start").asText()),
                        LocalDate.parse(cycle.get("end").asText())),
                Instant.parse(node.get("frozenAt").asText()),
                LocalDate.parse(node.get("day").asText()),
                AppSettingsMapper.settings(settings),
                Perspectives.of(perspectives),
                new StatusRule(
                        StatusMode.valueOf(rule.get("mode").asText()),
                        rule.get("elapsedShare").asDouble()));
    }

    static String objective(FrozenObjective frozen) {
        Objective objective = frozen.objective();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", objective.id().value());
        node.put("key", objective.key().value());
        node.put("summary", objective.summary());
        node.put(
                "perspective",
                objective.perspective() == null ? null : objective.perspective().value());
        node.put("cycle", objective.cycle().value());
        node.put("weight", objective.weight().value());
        person(node, "owner", objective.owner());
        ids(node.putArray("supports"), objective.supports());
        ids(node.putArray("drives"), objective.drives());
        ArrayNode keyResults = node.putArray("keyResults");
        for (KeyResult keyResult : objective.keyResults()) {
            keyResult(keyResults.addObject(), keyResult);
        }
        ArrayNode rows = node.putArray("rows");
        for (StoredProgress row : frozen.rows()) {
            row(rows.addObject(), row);
        }
        return text(node);
    }

    static FrozenObjective objective(String text) {
        JsonNode node = tree(text);
        List<KeyResult> keyResults = new ArrayList<>();
        for (JsonNode keyResult : node.get("keyResults")) {
            keyResults.add(keyResult(keyResult));
        }
        String perspective = textOrNull(node.get("perspective"));
        Objective objective = new Objective(
                new ObjectiveId(node.get("id").asLong()),
                IssueKey.of(node.get("key").asText()),
                node.get("summary").asText(),
                perspective == null ? null : PerspectiveKey.of(perspective),
                CycleId.of(node.get("cycle").asText()),
                Weight.of(node.get("weight").asDouble()),
                person(node.get("owner")),
                objectiveIds(node.get("supports")),
                objectiveIds(node.get("drives")),
                keyResults);
        List<StoredProgress> rows = new ArrayList<>();
        for (JsonNode row : node.get("rows")) {
            rows.add(row(row));
        }
        return new FrozenObjective(objective, rows);
    }

    private static void keyResult(ObjectNode node, KeyResult keyResult) {
        node.put("id", keyResult.id().value());
        node.put("key", keyResult.key().value());
        node.put("summary", keyResult.summary());
        node.put("weight", keyResult.weight().value());
        ObjectNode measure = node.putObject("measure");
        measure.put("kind", keyResult.kind().name());
        if (keyResult.measure() instanceof Measure.Metric metric) {
            measure.put("start", metric.start());
            measure.put("target", metric.target());
            measure.put("current", metric.current());
            measure.put("unit", metric.unit());
            measure.put(
                    "maintain",
                    metric.maintain() == null ? null : metric.maintain().name());
        } else if (keyResult.measure() instanceof Measure.Milestone milestone) {
            measure.put("status", milestone.status().name());
        }
        ArrayNode checkIns = node.putArray("checkIns");
        for (CheckIn checkIn : keyResult.checkIns()) {
            ObjectNode c = checkIns.addObject();
            if (checkIn.value() == null) {
                c.putNull("value");
            } else {
                c.put("value", checkIn.value());
            }
            c.put("confidence", checkIn.confidence().name());
            c.put("comment", checkIn.comment());
            c.put("author", checkIn.authorKey());
            c.put("at", checkIn.at().toString());
        }
        person(node, "assignee", keyResult.assignee());
    }

    private static KeyResult keyResult(JsonNode node) {
        JsonNode m = node.get("measure");
        Measure measure =
                switch (m.get("kind").asText()) {
                    case "METRIC" -> {
                        String maintain = textOrNull(m.get("maintain"));
                        yield new Measure.Metric(
                                m.get("start").asDouble(),
                                m.get("target").asDouble(),
                                m.get("current").asDouble(),
                                textOrNull(m.get("unit")),
                                maintain == null ? null : Maintain.valueOf(maintain));
                    }
                    case "MILESTONE" ->
                        new Measure.Milestone(
                                StatusCategory.valueOf(m.get("status").asText()));
                    default -> new Measure.Work();
                };
        List<CheckIn> checkIns = new ArrayList<>();
        for (JsonNode c : node.get("checkIns")) {
            checkIns.add(new CheckIn(
                    c.get("value").isNull() ? null : c.get("value").asDouble(),
                    Confidence.valueOf(c.get("confidence").asText()),
                    c.get("comment").asText(),
                    c.get("author").asText(),
                    Instant.parse(c.get("at").asText())));
        }
        return new KeyResult(
                new KeyResultId(node.get("id").asLong()),
                IssueKey.of(node.get("key").asText()),
                node.get("summary").asText(),
                Weight.of(node.get("weight").asDouble()),
                measure,
                checkIns,
                person(node.get("assignee")));
    }

    private static void row(ObjectNode node, StoredProgress row) {
        node.put("kind", row.subject().kind().name());
        node.put("issue", row.subject().issueId());
        Double value = ProgressMapper.value(row.progress());
        if (value == null) {
            node.putNull("value");
        } else {
            node.put("value", value);
        }
        node.put("reason", ProgressMapper.reason(row.progress()));
        if (Double.isNaN(row.attainment())) {
            node.putNull("attainment");
        } else {
            node.put("attainment", row.attainment());
        }
        StoredProgress.WorkCounts counts = row.counts();
        ArrayNode c = node.putArray("counts");
        c.add(counts.todo())
                .add(counts.inProgress())
                .add(counts.done())
                .add(counts.excluded())
                .add(counts.shared());
        node.put("policy", row.policyUsed() == null ? null : row.policyUsed().name());
        node.put("fellBack", row.fellBackToCount());
        node.put("computedAt", row.computedAt().toString());
        node.put("version", row.version());
    }

    private static StoredProgress row(JsonNode node) {
        JsonNode c = node.get("counts");
        String policy = textOrNull(node.get("policy"));
        return new StoredProgress(
                new ProgressSubject(
                        ProgressSubject.Kind.valueOf(node.get("kind").asText()),
                        node.get("issue").asLong()),
                ProgressMapper.progress(
                        node.get("value").isNull() ? null : node.get("value").asDouble(),
                        textOrNull(node.get("reason"))),
                node.get("attainment").isNull()
                        ? Double.NaN
                        : node.get("attainment").asDouble(),
                new StoredProgress.WorkCounts(
                        c.get(0).asInt(),
                        c.get(1).asInt(),
                        c.get(2).asInt(),
                        c.get(3).asInt(),
                        c.get(4).asInt()),
                policy == null ? null : RollupPolicy.valueOf(policy),
                node.get("fellBack").asBoolean(),
                Instant.parse(node.get("computedAt").asText()),
                node.get("version").asLong());
    }

    private static void person(ObjectNode node, String field, Person person) {
        if (person == null) {
            node.putNull(field);
        } else {
            ObjectNode p = node.putObject(field);
            p.put("key", person.key());
            p.put("displayName", person.displayName());
        }
    }

    private static Person person(JsonNode node) {
        return node == null || node.isNull()
                ? null
                : new Person(node.get("key").asText(), node.get("displayName").asText());
    }

    private static void ids(ArrayNode array, Set<ObjectiveId> ids) {
        ids.stream().map(ObjectiveId::value).sorted().forEach(array::add);
    }

    private static Set<ObjectiveId> objectiveIds(JsonNode array) {
        Set<ObjectiveId> ids = new LinkedHashSet<>();
        array.forEach(id -> ids.add(new ObjectiveId(id.asLong())));
        return ids;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frozen cycle could not be written as JSON", e);
        }
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frozen cycle's stored JSON could not be read", e);
        }
    }
}
