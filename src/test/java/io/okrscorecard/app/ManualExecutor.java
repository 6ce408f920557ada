package io.okrscorecard.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor whose tasks wait until the test runs them, on the test's own thread: background work without sleeps. */
public final class ManualExecutor implements Executor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    public synchronized int queued() {
        return tasks.size();
    }

    /** Runs the oldest waiting task here and now. */
    public void runNext() {
        Runnable next;
        synchronized (this) {
            next = tasks.poll();
        }
        if (next == null) {
            throw new AssertionError("no task is waiting");
        }
        next.run();
    }
}
