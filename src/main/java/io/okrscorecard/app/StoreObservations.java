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

    /** The two values a kept reading is checked against. */
    record Observed(String settingsRevision, ChangeMark progress) {}

    private final ScorecardSettingsRepository settings;
    private final MaterialisedProgressRepository progress;
    /** Readers so far: each reader's number says when it arrived. */
    private long arrived;
    /** Whether an observation is being read now. */
    private boolean reading;
    /** The latest observation, and the last reader it may serve: those who arrived before it started. */
    private Observed latest;

    private long latestServesUpTo;

    StoreObservations(ScorecardSettingsRepository settings, MaterialisedProgressRepository progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** An observation read after this call began. */
    Observed observe() {
        long servesUpTo;
        synchronized (this) {
            long reader = ++arrived;
            while (reading && !serves(reader)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return read();
                }
            }
            if (serves(reader)) {
                return latest;
            }
            reading = true;
            servesUpTo = arrived;
        }
        Observed read = null;
        try {
            read = read();
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

    private Observed read() {
        return new Observed(settings.revision(), progress.changeMark());
    }
}
