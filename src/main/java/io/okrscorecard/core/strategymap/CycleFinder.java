package io.okrscorecard.core.strategymap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Finds the cycles of a directed graph over nodes 0..n-1 without recursion (iterative Tarjan for
 * strongly connected components, then a breadth-first search inside each component for one
 * concrete cycle), so that a chain of any length cannot overflow the stack.
 */
public final class CycleFinder {

    private CycleFinder() {}

    /**
     * One cycle per strongly connected component that contains one, as node indexes starting at
     * the component's smallest index and following edges (the closing edge back to the start is implied).
     *
     * @param successors successors of each node, each list sorted ascending
     */
    public static List<int[]> cycles(int[][] successors) {
        List<int[]> result = new ArrayList<>();
        for (int[] component : components(successors)) {
            int start = component[0];
            boolean selfLoop = Arrays.binarySearch(successors[start], start) >= 0;
            if (component.length > 1 || selfLoop) {
                result.add(shortestCycleThrough(start, component, successors));
            }
        }
        return result;
    }

    /** Strongly connected components, each sorted ascending, components ordered by their smallest node. */
    public static List<int[]> components(int[][] successors) {
        int n = successors.length;
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] edgeCursor = new int[n];
        int[] callStack = new int[n];
        Deque<Integer> sccStack = new ArrayDeque<>();
        List<int[]> components = new ArrayList<>();
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callStack[depth++] = root;
            index[root] = counter;
            low[root] = counter++;
            sccStack.push(root);
            onStack[root] = true;
            while (depth > 0) {
                int node = callStack[depth - 1];
                if (edgeCursor[node] < successors[node].length) {
                    int next = successors[node][edgeCursor[node]++];
                    if (index[next] < 0) {
                        index[next] = counter;
                        low[next] = counter++;
                        sccStack.push(next);
                        onStack[next] = true;
                        callStack[depth++] = next;
                    } else if (onStack[next]) {
                        low[node] = Math.min(low[node], index[next]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) {
                    int parent = callStack[depth - 1];
                    low[parent] = Math.min(low[parent], low[node]);
                }
                if (low[node] == index[node]) {
                    List<Integer> members = new ArrayList<>();
                    int member;
                    do {
                        member = sccStack.pop();
                        onStack[member] = false;
                        members.add(member);
                    } while (member != node);
                    int[] component = members.stream()
                            .mapToInt(Integer::intValue)
                            .sorted()
                            .toArray();
                    components.add(component);
                }
            }
        }
        components.sort((a, b) -> Integer.compare(a[0], b[0]));
        return components;
    }

    private static int[] shortestCycleThrough(int start, int[] component, int[][] successors) {
        int n = successors.length;
        int[] previous = new int[n];
        Arrays.fill(previous, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        previous[start] = -1;
        int last = -1;
        while (!queue.isEmpty() && last < 0) {
            int node = queue.poll();
            for (int next : successors[node]) {
                if (next == start) {
                    last = node;
                    break;
                }
                if (previous[next] == -2 && Arrays.binarySearch(component, next) >= 0) {
                    previous[next] = node;
                    queue.add(next);
                }
            }
        }
        List<Integer> path = new ArrayList<>();
        for (int node = last; node != -1; node = previous[node]) {
            path.add(node);
        }
        int[] cycle = new int[path.size()];
        for (int i = 0; i < cycle.length; i++) {
            cycle[i] = path.get(cycle.length - 1 - i);
        }
        return cycle;
    }
}
