package io.okrscorecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;

/** Readers share observations of the store, but each one's was read after it asked. */
public class StoreObservationsTest {
    private final InMemoryOkr.FakeProgressStore progress = new InMemoryOkr.FakeProgressStore();
    private final ScorecardSettingsRepository settings = mock(ScorecardSettingsRepository.class);
    private final AtomicInteger revisionReads = new AtomicInteger();
    private final StoreObservations observations = new StoreObservations(settings, progress);

    @Test
    public void anObservationAfterAWriteSeesTheWrite() {
        when(settings.revision()).thenReturn("r1");
        StoreObservations.Observed before = observations.observe();

        progress.save(List.of(row()));
        StoreObservations.Observed after = observations.observe();

        assertNotEquals(before, after);
    }

    @Test
    public void readersWhoArriveDuringAnObservationShareTheNextOneAndNeverTheOneUnderWay() throws Exception {
        CountDownLatch firstReadUnderWay = new CountDownLatch(1);
        CountDownLatch releaseFirstRead = new CountDownLatch(1);
        when(settings.revision()).thenAnswer(call -> {
            int read = revisionReads.incrementAndGet();
            if (read == 1) {
                firstReadUnderWay.countDown();
                releaseFirstRead.await();
            }
            return "r" + read;
        });
        List<StoreObservations.Observed> seen = new ArrayList<>();
        Thread first = reader(seen);
        first.start();
        firstReadUnderWay.await();
        Thread second = reader(seen);
        Thread third = reader(seen);
        second.start();
        third.start();
        waitUntilWaiting(second);
        waitUntilWaiting(third);

        releaseFirstRead.countDown();
        first.join();
        second.join();
        third.join();

        assertEquals(2, revisionReads.get());
        assertEquals(
                2, seen.stream().filter(o -> o.settingsRevision().equals("r2")).count());
        assertEquals(
                1, seen.stream().filter(o -> o.settingsRevision().equals("r1")).count());
    }

    @Test
    public void observationsAreNumberedInTheOrderTheyWereRead() {
        when(settings.revision()).thenReturn("r1");

        StoreObservations.Observed first = observations.observe();
        progress.save(List.of(row()));
        StoreObservations.Observed second = observations.observe();
        StoreObservations.Observed third = observations.observe();

        assertTrue(first.sequence() < second.sequence());
        assertTrue(second.sequence() < third.sequence());
    }

    @Test
    public void anInterruptedReaderStillWaitsForAnObservationReadAfterItArrivedAndKeepsItsInterrupt() throws Exception {
        CountDownLatch firstReadUnderWay = new CountDownLatch(1);
        CountDownLatch releaseFirstRead = new CountDownLatch(1);
        when(settings.revision()).thenAnswer(call -> {
            int read = revisionReads.incrementAndGet();
            if (read == 1) {
                firstReadUnderWay.countDown();
                releaseFirstRead.await();
            }
            return "r" + read;
        });
        List<StoreObservations.Observed> seen = new ArrayList<>();
        Thread first = reader(seen);
        first.start();
        firstReadUnderWay.await();
        AtomicBoolean keptItsInterrupt = new AtomicBoolean();
        AtomicReference<StoreObservations.Observed> interruptedSaw = new AtomicReference<>();
        Thread interrupted = new Thread(() -> {
            interruptedSaw.set(observations.observe());
            keptItsInterrupt.set(Thread.currentThread().isInterrupted());
        });
        interrupted.start();
        waitUntilWaiting(interrupted);

        interrupted.interrupt();
        releaseFirstRead.countDown();
        first.join();
        interrupted.join();

        // each reader's own observation: the two threads finish in either order
        assertEquals(2, revisionReads.get());
        assertEquals("r1", seen.get(0).settingsRevision());
        assertEquals("r2", interruptedSaw.get().settingsRevision());
        assertTrue(seen.get(0).sequence() < interruptedSaw.get().sequence());
        assertTrue(keptItsInterrupt.get());
    }

    private Thread reader(List<StoreObservations.Observed> seen) {
        return new Thread(() -> {
            StoreObservations.Observed observed = observations.observe();
            synchronized (seen) {
                seen.add(observed);
            }
        });
    }

    private static void waitUntilWaiting(Thread reader) {
        while (reader.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
    }

    private static StoredProgress row() {
        ProgressSubject subject = ProgressSubject.of(Ids.keyResult("KR-1"));
        return new StoredProgress(
                subject,
                Progress.of(0.5),
                0.5,
                StoredProgress.WorkCounts.NONE,
                null,
                false,
                Fixture.MID_Q4.instant(),
                0);
    }
}
