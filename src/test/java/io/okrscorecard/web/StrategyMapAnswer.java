package io.okrscorecard.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.web.GadgetPage.Edge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code GET /strategy-map} answered, in the terms the gadget's drawn map is checked against: the lanes top to
 * bottom ("" for objectives without a perspective), each objective's status by key, and the cause arrows, marked when
 * they lie on a detected cycle; and how many cause cycles it detected.
 */
record StrategyMapAnswer(List<String> lanes, Map<String, String> nodes, Set<Edge> edges, int causeCycles) {

    static StrategyMapAnswer of(JsonNode map) {
        List<String> lanes = new ArrayList<>();
        Map<String, String> nodes = new LinkedHashMap<>();
        map.get("lanes").forEach(lane -> {
            lanes.add(
                    lane.get("perspective").isNull()
                            ? ""
                            : lane.get("perspective").asText());
            lane.get("objectives")
                    .forEach(node -> nodes.put(
                            node.get("key").asText(), node.get("status").asText()));
        });
        Set<String> onCycles = new HashSet<>();
        map.get("causeCycles").forEach(cycle -> {
            for (int i = 0; i < cycle.size(); i++) {
                onCycles.add(cycle.get(i).asText() + ">"
                        + cycle.get((i + 1) % cycle.size()).asText());
            }
        });
        Set<Edge> edges = new HashSet<>();
        map.get("edges").forEach(edge -> {
            String cause = edge.get("cause").asText();
            String effect = edge.get("effect").asText();
            edges.add(new Edge(cause, effect, onCycles.contains(cause + ">" + effect)));
        });
        return new StrategyMapAnswer(lanes, nodes, edges, map.get("causeCycles").size());
    }
}
