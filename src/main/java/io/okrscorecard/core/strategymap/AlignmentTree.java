package io.okrscorecard.core.strategymap;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.objective.Objective;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The alignment of a set of objectives ("supports" links from a supporting objective to its parent) as the cascade
 * follows it: each parent's supporting objectives within the set, and an order that puts every supporting objective
 * before its parents.
 *
 * <p>A cycle of alignment links is reported and never followed: no link between two objectives of the same cycle
 * (strongly connected component) counts, and an objective supporting itself does not count for itself. Links to
 * objectives outside the set are left out, as the strategy map leaves them out.
 */
public final class AlignmentTree {
    private final List<Objective> bottomUp;
    private final Map<ObjectiveId, Integer> position = new HashMap<>();
    private final Map<ObjectiveId, List<ObjectiveId>> children = new HashMap<>();
    private final Map<ObjectiveId, List<ObjectiveId>> parents = new HashMap<>();
    private final List<List<IssueKey>> cycles;

    private AlignmentTree(List<Objective> sorted, int[][] supports, List<int[]> components) {
        int n = sorted.size();
        int[] componentOf = new int[n];
        for (int c = 0; c < components.size(); c++) {
            for (int member : components.get(c)) {
                componentOf[member] = c;
            }
        }
        int[][] counted = new int[n][];
        for (int child = 0; child < n; child++) {
            int from = child;
            counted[child] = Arrays.stream(supports[child])
                    .filter(parent -> componentOf[parent] != componentOf[from])
                    .toArray();
            for (int parent : counted[child]) {
                children.computeIfAbsent(sorted.get(parent).id(), k -> new ArrayList<>())
                        .add(sorted.get(child).id());
                parents.computeIfAbsent(sorted.get(child).id(), k -> new ArrayList<>())
                        .add(sorted.get(parent).id());
            }
        }
        this.bottomUp = childrenFirst(sorted, counted);
        for (int i = 0; i < bottomUp.size(); i++) {
            position.put(bottomUp.get(i).id(), i);
        }
        this.cycles = CycleFinder.cycles(supports).stream()
                .map(cycle ->
                        Arrays.stream(cycle).mapToObj(i -> sorted.get(i).key()).toList())
                .toList();
    }

    /** The alignment of these objectives, each listed once. */
    public static AlignmentTree of(Collection<Objective> objectives) {
        List<Objective> sorted = new ArrayList<>(ValidationException.requireValue(objectives, "objectives"));
        sorted.sort(Comparator.comparing(Objective::key));
        Map<ObjectiveId, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (indexOf.put(sorted.get(i).id(), i) != null) {
                throw new ValidationException("objectives", sorted.get(i).key() + " is listed twice");
            }
        }
        int[][] supports = new int[sorted.size()][];
        for (int i = 0; i < sorted.size(); i++) {
            supports[i] = sorted.get(i).supports().stream()
                    .map(indexOf::get)
                    .filter(Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
        }
        return new AlignmentTree(sorted, supports, CycleFinder.components(supports));
    }

    /** The objectives, every supporting objective before each of its parents; otherwise by key. */
    public List<Objective> bottomUp() {
        return bottomUp;
    }

    /** Where an objective stands in {@link #bottomUp()}. */
    public int positionOf(ObjectiveId objective) {
        Integer at = position.get(objective);
        if (at == null) {
            throw new ValidationException("objective", objective + " is not in this alignment");
        }
        return at;
    }

    /** The supporting objectives that count for this parent, by key. */
    public List<ObjectiveId> childrenOf(ObjectiveId parent) {
        return children.getOrDefault(parent, List.of());
    }

    /** These objectives and every objective they count for, directly or through their parents. */
    public Set<ObjectiveId> withAncestors(Collection<ObjectiveId> objectives) {
        Set<ObjectiveId> seen = new TreeSet<>(Comparator.comparing(this::positionOf));
        Deque<ObjectiveId> todo = new ArrayDeque<>(objectives);
        while (!todo.isEmpty()) {
            ObjectiveId next = todo.pop();
            if (position.containsKey(next) && seen.add(next)) {
                todo.addAll(parents.getOrDefault(next, List.of()));
            }
        }
        return seen;
    }

    /** The alignment cycles, each as the keys of one cycle in link order (as the strategy map reports them). */
    public List<List<IssueKey>> cycles() {
        return cycles;
    }

    /** Kahn's algorithm over the counted links (which form no cycle), taking the smallest key first. */
    private static List<Objective> childrenFirst(List<Objective> sorted, int[][] counted) {
        int n = sorted.size();
        int[] waitingChildren = new int[n];
        for (int child = 0; child < n; child++) {
            for (int parent : counted[child]) {
                waitingChildren[parent]++;
            }
        }
        TreeSet<Integer> ready = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (waitingChildren[i] == 0) {
                ready.add(i);
            }
        }
        List<Objective> order = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int next = ready.pollFirst();
            order.add(sorted.get(next));
            for (int parent : counted[next]) {
                if (--waitingChildren[parent] == 0) {
                    ready.add(parent);
                }
            }
        }
        return List.copyOf(order);
    }
}
