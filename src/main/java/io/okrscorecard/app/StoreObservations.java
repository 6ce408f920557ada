package io.okrscorecard.app;

import io.okrscorecard.core.port.ChangeMark;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ScorecardSettingsRepository;

/**
 * What a reader confirms before it may use anything this node kept for reading: the settings revision and the change
 * mark of the progress table, read in that order. Readers share observations: one that arrives while another's
 * observation is being read waits for the next observation that starts after it arrived, and all who arrived before
 * that one started take it. Every reader still gets an observation read after it arrived, so it sees every write
 * committed before it asked; under load the store is asked once per group of readers instead of once per reader.
 */
final class StoreObservations {

    /**
     * The two values a kept reading is checked against, and the order in which this node read them: an observation
     * with a higher {@code sequence} was read after one with a lower one, so it sees every write the other saw.
     */
    record Observed(String settingsRevision, ChangeMark progress, long sequence) {}

    private final ScorecardSettingsRepository settings;
    private final MaterialisedProgressRepository progress;
    /** Readers so far: each reader's number says when it arrived. */
    private long arrived;
    /** Whether an observation is being read now. */
    private boolean reading;
    /** The latest observation, and the last reader it may serve: those who arrived before it started. */
    private Observed latest;

    private long latestServesUpTo;

    /** Observations begun so far; one at a time, so their numbers are in the order they were read. */
    private long begun;

    StoreObservations(ScorecardSettingsRepository settings, MaterialisedProgressRepository progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** An observation read after this call began. */
    Observed observe() {
        long servesUpTo;
        long sequence;
        synchronized (this) {
            long reader = ++arrived;
            // an observation takes milliseconds: an interrupted reader waits on and keeps the interrupt for later, so
            // that observations are still read one after the other, in the order of their numbers
            boolean interrupted = false;
            while (reading && !serves(reader)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (serves(reader)) {
                return latest;
            }
            reading = true;
            servesUpTo = arrived;
            sequence = ++begun;
        }
        Observed read = null;
        try {
            read = read(sequence);
            return read;
        } finally {
            synchronized (this) {
                reading = false;
                if (read != null) {
                    latest = read;
                    latestServesUpTo = servesUpTo;
                }
                notifyAll();
            }
        }
    }

    private boolean serves(long reader) {
        return latest != null && latestServesUpTo >= reader;
    }

    private Observed read(long sequence) {
        return new Observed(settings.revision(), progress.changeMark(), sequence);
    }
}
