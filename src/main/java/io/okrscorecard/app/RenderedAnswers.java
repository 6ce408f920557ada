package io.okrscorecard.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The answers rendered from one kept cycle, by what they depend on besides the cycle, within a budget of bytes over the
 * answers of every cycle this node keeps: past it, every kept answer is dropped and rendered again on demand. Answers
 * that are not bytes count as {@link #OTHER_ANSWER}.
 */
final class RenderedAnswers {

    /** Bytes of rendered answers kept on a node at most by default (a 200-objective scorecard's JSON is 350 KB). */
    static final long DEFAULT_BUDGET = 32L << 20;

    private static final long OTHER_ANSWER = 1024;

    private final long budget;
    /** The answers of every cycle kept on this node, this one's included. */
    private final Supplier<Stream<RenderedAnswers>> all;

    private final Map<Object, Object> answers = new ConcurrentHashMap<>();
    /** Held while an answer is rendered, so that readers who ask for it together render it once. */
    private final Object rendering = new Object();

    private final AtomicLong bytes = new AtomicLong();

    RenderedAnswers(long budget, Supplier<Stream<RenderedAnswers>> all) {
        this.budget = budget;
        this.all = all;
    }

    /** The answer rendered for {@code key}, rendered now if there is none yet. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> render) {
        Object known = answers.get(key);
        if (known != null) {
            return (T) known;
        }
        synchronized (rendering) {
            known = answers.get(key);
            if (known == null) {
                known = render.get();
                long size = known instanceof byte[] rendered ? rendered.length : OTHER_ANSWER;
                if (all.get().mapToLong(answers -> answers.bytes.get()).sum() + size > budget) {
                    all.get().forEach(RenderedAnswers::drop);
                }
                bytes.addAndGet(size);
                answers.put(key, known);
            }
            return (T) known;
        }
    }

    private void drop() {
        answers.clear();
        bytes.set(0);
    }
}
