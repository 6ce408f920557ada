package io.okrscorecard.core.perspective;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The admin's ordered set of perspectives. Immutable: every change returns a new instance with
 * orders renumbered 0..n-1 so that the display order is always well defined.
 */
public final class Perspectives {

    private static final int MAX_PERSPECTIVES = 20;

    private final List<Perspective> ordered;

    private Perspectives(List<Perspective> perspectives) {
        List<Perspective> sorted = new ArrayList<>(perspectives);
        sorted.sort(Comparator.comparingInt(Perspective::order).thenComparing(Perspective::key));
        if (sorted.isEmpty()) {
            throw new ValidationException("perspectives", "at least one perspective is required");
        }
        if (sorted.size() > MAX_PERSPECTIVES) {
            throw new ValidationException("perspectives", "at most " + MAX_PERSPECTIVES + " perspectives");
        }
        List<Perspective> renumbered = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Perspective p = sorted.get(i);
            for (Perspective earlier : renumbered) {
                if (earlier.key().equals(p.key())) {
                    throw new ValidationException("perspective.key", "duplicate key " + p.key());
                }
            }
            renumbered.add(p.withOrder(i));
        }
        this.ordered = List.copyOf(renumbered);
    }

    public static Perspectives of(List<Perspective> perspectives) {
        return new Perspectives(ValidationException.requireValue(perspectives, "perspectives"));
    }

    /** The four classic perspectives of Kaplan and Norton, equally weighted, thresholds 0.7 / 0.4. */
    public static Perspectives defaults() {
        return new Perspectives(List.of(
                standard("financial", "Financial", 0, "#2e7d32"),
                standard("customer", "Customer", 1, "#1565c0"),
                standard("internal-processes", "Internal Processes", 2, "#ef6c00"),
                standard("learning-growth", "Learning & Growth", 3, "#6a1b9a")));
    }

    private static Perspective standard(String key, String name, int order, String colour) {
        return new Perspective(PerspectiveKey.of(key), name, order, colour, Weight.ONE, Thresholds.DEFAULT);
    }

    /** In display order. */
    public List<Perspective> all() {
        return ordered;
    }

    public Optional<Perspective> find(PerspectiveKey key) {
        for (Perspective p : ordered) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public Perspective get(PerspectiveKey key) {
        return find(key).orElseThrow(() -> new ValidationException("perspective.key", "unknown perspective " + key));
    }

    /** Appends a perspective at the end of the display order. */
    public Perspectives add(Perspective perspective) {
        List<Perspective> next = new ArrayList<>(ordered);
        next.add(perspective.withOrder(ordered.size()));
        return new Perspectives(next);
    }

    public Perspectives rename(PerspectiveKey key, String name) {
        return replace(get(key).withName(name));
    }

    /** Replaces the perspective with the same key (name, colour, weight, thresholds; order is kept). */
    public Perspectives replace(Perspective changed) {
        Perspective current = get(changed.key());
        List<Perspective> next = new ArrayList<>(ordered);
        next.set(current.order(), changed.withOrder(current.order()));
        return new Perspectives(next);
    }

    /** Puts the perspectives in the given order; the list must name every perspective exactly once. */
    public Perspectives reorder(List<PerspectiveKey> keys) {
        ValidationException.requireValue(keys, "perspectives.order");
        if (keys.size() != ordered.size() || keys.stream().distinct().count() != keys.size()) {
            throw new ValidationException(
                    "perspectives.order",
                    "must name each of the " + ordered.size() + " perspectives exactly once, was " + keys);
        }
        List<Perspective> next = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            next.add(get(keys.get(i)).withOrder(i));
        }
        return new Perspectives(next);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Perspectives p && p.ordered.equals(ordered);
    }

    @Override
    public int hashCode() {
        return ordered.hashCode();
    }

    @Override
    public String toString() {
        return "Perspectives" + ordered;
    }
}
