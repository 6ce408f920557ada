package io.okrscorecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.port.ChangeMark;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/** What a kept cycle keeps of the answers rendered from it, within the node's byte budget. */
public class KeptCyclesTest {
    private static final long BUDGET = 1_000;

    private final InMemoryOkr okr = SampleOkrs.create();
    private final KeptCycles cycles =
            new KeptCycles(okr.jira, okr.progress, okr.snapshots, Fixture.MID_Q4, Duration.ofSeconds(10), BUDGET);
    private final KeptSettings settings = new KeptSettings(okr.settings);
    private final AtomicInteger renders = new AtomicInteger();

    @Test
    public void anAnswerIsRenderedOncePerKey() {
        KeptCycles.Kept kept = kept();

        byte[] first = kept.rendered("a", () -> answer(400));
        byte[] again = kept.rendered("a", () -> answer(400));

        assertSame(first, again);
        assertEquals(1, renders.get());
    }

    @Test
    public void answersBeyondTheByteBudgetDropTheKeptOnes() {
        KeptCycles.Kept kept = kept();
        kept.rendered("a", () -> answer(600));
        kept.rendered("b", () -> answer(600));

        kept.rendered("b", () -> answer(600));
        kept.rendered("a", () -> answer(600));

        assertEquals(3, renders.get());
    }

    private KeptCycles.Kept kept() {
        return cycles.of(Fixture.Q4, settings.now(), new ChangeMark(1, 1));
    }

    private byte[] answer(int size) {
        renders.incrementAndGet();
        return new byte[size];
    }
}
