package io.okrscorecard.rest;

import io.okrscorecard.app.ReadingScorecard.StrategyMapReading;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.strategymap.Lane;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The strategy map of a cycle: one lane per perspective in display order (the gadget draws the first on top), the
 * objectives as nodes with their status, cause edges, and the cycles found in cause and alignment links.
 */
public record StrategyMapDto(
        CycleDto cycle,
        List<LaneDto> lanes,
        List<EdgeDto> edges,
        List<List<String>> causeCycles,
        List<List<String>> alignmentCycles,
        int hiddenObjectives) {

    /** A perspective's row; {@code perspective} is null for the Unassigned row. */
    public record LaneDto(String perspective, String name, String colour, List<NodeDto> objectives) {}

    /** An objective on the map. */
    public record NodeDto(String key, String summary, Double progress, String status, String undefinedReason) {}

    /** {@code cause} drives {@code effect}. */
    public record EdgeDto(String cause, String effect) {}

    static StrategyMapDto of(StrategyMapReading drawn) {
        Map<IssueKey, ObjectiveScore> scores = new HashMap<>();
        drawn.reading().scorecard().objectives().forEach(score -> scores.put(score.key(), score));
        List<LaneDto> lanes = new ArrayList<>();
        for (Lane lane : drawn.map().lanes()) {
            List<NodeDto> nodes = new ArrayList<>();
            for (IssueKey key : lane.objectives()) {
                ObjectiveScore score = scores.get(key);
                nodes.add(new NodeDto(
                        key.value(),
                        score.summary(),
                        ScorecardDto.value(score.progress()),
                        score.status().name(),
                        ScorecardDto.reason(score.progress())));
            }
            lanes.add(
                    lane.isUnassigned()
                            ? new LaneDto(null, null, null, nodes)
                            : new LaneDto(
                                    lane.perspective().key().value(),
                                    lane.perspective().name(),
                                    lane.perspective().colour(),
                                    nodes));
        }
        return new StrategyMapDto(
                CycleDto.of(drawn.reading().cycle()),
                lanes,
                drawn.map().causeEdges().stream()
                        .map(edge ->
                                new EdgeDto(edge.cause().value(), edge.effect().value()))
                        .collect(Collectors.toList()),
                keys(drawn.map().causeCycles()),
                keys(drawn.map().alignmentCycles()),
                drawn.reading().hiddenObjectives());
    }

    private static List<List<String>> keys(List<List<IssueKey>> cycles) {
        return cycles.stream()
                .map(cycle -> cycle.stream().map(IssueKey::value).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }
}
