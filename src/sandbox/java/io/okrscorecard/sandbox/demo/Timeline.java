package io.okrscorecard.sandbox.demo;

import java.time.LocalDate;

/**
 * When a demo issue was started and finished, and how it ended, so that the export can show its status on any day:
 * "To Do" before it started, "In Progress" until it finished, then "Done" (or closed as Won't Do or Duplicate, the
 * resolutions the rollup excludes by default).
 *
 * @param started the first day in progress, {@code null} when it never was
 * @param finished the day it was resolved, {@code null} while open
 */
record Timeline(Outcome outcome, LocalDate started, LocalDate finished) {

    /** How the issue ends; {@link #OPEN} ones have no resolution. */
    enum Outcome {
        OPEN,
        DONE,
        WONT_DO,
        DUPLICATE
    }

    /** A status as Jira's REST API shows it: the status name, its category key and the resolution name. */
    record Status(String name, String categoryKey, String resolution) {}

    Timeline {
        if (outcome != Outcome.OPEN && finished == null) {
            throw new IllegalArgumentException(outcome + " needs the day it was resolved");
        }
    }

    static Timeline todo() {
        return new Timeline(Outcome.OPEN, null, null);
    }

    static Timeline doing(LocalDate started) {
        return new Timeline(Outcome.OPEN, started, null);
    }

    /** Done on {@code finished}, after a few days in progress. */
    static Timeline done(LocalDate finished) {
        return new Timeline(Outcome.DONE, finished.minusDays(4), finished);
    }

    static Timeline wontDo(LocalDate finished) {
        return new Timeline(Outcome.WONT_DO, null, finished);
    }

    static Timeline duplicate(LocalDate finished) {
        return new Timeline(Outcome.DUPLICATE, null, finished);
    }

    Status statusOn(LocalDate day) {
        if (finished != null && !day.isBefore(finished)) {
            return switch (outcome) {
                case DONE -> new Status("Done", "done", "Done");
                case WONT_DO -> new Status("Closed", "done", "Won't Do");
                case DUPLICATE -> new Status("Closed", "done", "Duplicate");
                case OPEN -> throw new IllegalStateException("an open issue has no resolution day");
            };
        }
        if (started != null && !day.isBefore(started)) {
            return new Status("In Progress", "indeterminate", null);
        }
        return new Status("To Do", "new", null);
    }
}
