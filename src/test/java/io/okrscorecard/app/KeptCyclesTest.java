package io.okrscorecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.port.ChangeMark;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * What a kept cycle keeps of the answers rendered from it, within the node's byte budget, and how it is brought forward
 * to the observations of readers that arrive in another order than their observations were read.
 */
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

    @Test
    public void aReaderWhoseObservationIsOlderThanTheOneTheCycleWasBroughtToTakesItAsItIs() {
        RecalculatingProgress writer = okr.recalculating(Fixture.MID_Q4);
        writer.recalculateAll(null);
        KeptCycles.Kept first = cycles.of(Fixture.Q4, settings.now(), okr.progress.changeMark(), 1);
        writer.recalculate(List.of(SampleOkrs.KR_1));
        ChangeMark older = okr.progress.changeMark();
        writer.recalculate(List.of(SampleOkrs.KR_1));

        KeptCycles.Kept newer = cycles.of(Fixture.Q4, settings.now(), okr.progress.changeMark(), 3);
        KeptCycles.Kept forTheOlder = cycles.of(Fixture.Q4, settings.now(), older, 2);

        assertNotSame(first, newer);
        assertSame(newer, forTheOlder);
    }

    @Test
    public void rowsReadBeyondTheObservationOfARefreshNeedNoCountAtTheNextOne() {
        RecalculatingProgress writer = okr.recalculating(Fixture.MID_Q4);
        writer.recalculateAll(null);
        cycles.of(Fixture.Q4, settings.now(), okr.progress.changeMark(), 1);
        writer.recalculate(List.of(SampleOkrs.KR_1));
        ChangeMark second = okr.progress.changeMark();
        writer.recalculate(List.of(SampleOkrs.KR_2));
        ChangeMark third = okr.progress.changeMark();
        writer.recalculate(List.of(SampleOkrs.KR_3));
        // brought to the second observation, it reads the rows of all three writes
        cycles.of(Fixture.Q4, settings.now(), second, 2);
        int countsAfterTheWholeRead = okr.progress.counts.get();
        writer.recalculate(List.of(SampleOkrs.KR_1));

        KeptCycles.Kept kept = cycles.of(Fixture.Q4, settings.now(), third, 3);

        assertEquals(1, countsAfterTheWholeRead);
        assertEquals(1, okr.progress.counts.get());
        assertEquals(okr.progress.load(kept.stored().keySet()), kept.stored());
    }

    private KeptCycles.Kept kept() {
        return cycles.of(Fixture.Q4, settings.now(), new ChangeMark(1, 1), 1);
    }

    private byte[] answer(int size) {
        renders.incrementAndGet();
        return new byte[size];
    }
}
