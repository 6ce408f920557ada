package io.okrscorecard.core.strategymap;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The BSC strategy map of a set of objectives: lanes by perspective in display order, cause edges
 * between the objectives shown, and the cycles found in cause links ("drives") and in alignment
 * links ("supports"). Links to objectives outside the set are not drawn. Cycles are reported, never
 * followed: each is a list of objective keys where every key links to the next and the last links
 * back to the first.
 */
public record StrategyMap(
        List<Lane> lanes,
        List<CauseEdge> causeEdges,
        List<List<IssueKey>> causeCycles,
        List<List<IssueKey>> alignmentCycles) {

    public StrategyMap {
        lanes = List.copyOf(lanes);
        causeEdges = List.copyOf(causeEdges);
        causeCycles = causeCycles.stream().map(List::copyOf).toList();
        alignmentCycles = alignmentCycles.stream().map(List::copyOf).toList();
    }

    public static StrategyMap of(Perspectives perspectives, Collection<Objective> objectives) {
        ValidationException.requireValue(perspectives, "perspectives");
        List<Objective> sorted = new ArrayList<>(ValidationException.requireValue(objectives, "objectives"));
        sorted.sort(Comparator.comparing(Objective::key));
        Map<ObjectiveId, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (indexOf.put(sorted.get(i).id(), i) != null) {
                throw new ValidationException("objectives", sorted.get(i).key() + " is listed twice");
            }
        }
        Map<PerspectiveKey, List<IssueKey>> byPerspective = new LinkedHashMap<>();
        for (Perspective perspective : perspectives.all()) {
            byPerspective.put(perspective.key(), new ArrayList<>());
        }
        List<IssueKey> unassigned = new ArrayList<>();
        for (Objective objective : sorted) {
            List<IssueKey> lane = objective.perspective() == null ? null : byPerspective.get(objective.perspective());
            (lane == null ? unassigned : lane).add(objective.key());
        }
        List<Lane> lanes = new ArrayList<>();
        for (Perspective perspective : perspectives.all()) {
            lanes.add(new Lane(perspective, byPerspective.get(perspective.key())));
        }
        if (!unassigned.isEmpty()) {
            lanes.add(new Lane(null, unassigned));
        }
        int[][] causes = successors(sorted, indexOf, Objective::drives);
        int[][] alignment = successors(sorted, indexOf, Objective::supports);
        List<CauseEdge> edges = new ArrayList<>();
        for (int from = 0; from < causes.length; from++) {
            for (int to : causes[from]) {
                edges.add(new CauseEdge(sorted.get(from).key(), sorted.get(to).key()));
            }
        }
        return new StrategyMap(
                lanes, edges, keys(CycleFinder.cycles(causes), sorted), keys(CycleFinder.cycles(alignment), sorted));
    }

    /**
     * This map with only the lanes of these perspectives (and the Unassigned lane) and the cause edges between their
     * objectives; the cycles found in the whole map are kept. The whole map when {@code shown} is empty.
     */
    public StrategyMap showingOnly(Set<PerspectiveKey> shown) {
        if (shown.isEmpty()) {
            return this;
        }
        List<Lane> kept = lanes.stream()
                .filter(lane ->
                        lane.isUnassigned() || shown.contains(lane.perspective().key()))
                .toList();
        Set<IssueKey> drawn = new HashSet<>();
        kept.forEach(lane -> drawn.addAll(lane.objectives()));
        List<CauseEdge> edges = causeEdges.stream()
                .filter(edge -> drawn.contains(edge.cause()) && drawn.contains(edge.effect()))
                .toList();
        return new StrategyMap(kept, edges, causeCycles, alignmentCycles);
    }

    public boolean hasCycles() {
        return !causeCycles.isEmpty() || !alignmentCycles.isEmpty();
    }

    private static int[][] successors(
            List<Objective> objectives,
            Map<ObjectiveId, Integer> indexOf,
            Function<Objective, Set<ObjectiveId>> links) {
        int[][] successors = new int[objectives.size()][];
        for (int i = 0; i < objectives.size(); i++) {
            successors[i] = links.apply(objectives.get(i)).stream()
                    .map(indexOf::get)
                    .filter(Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
        }
        return successors;
    }

    private static List<List<IssueKey>> keys(List<int[]> cycles, List<Objective> objectives) {
        List<List<IssueKey>> result = new ArrayList<>();
        for (int[] cycle : cycles) {
            List<IssueKey> keys = new ArrayList<>(cycle.length);
            for (int node : cycle) {
                keys.add(objectives.get(node).key());
            }
            result.add(keys);
        }
        return result;
    }
}
