package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.Scorecard;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Daily snapshots of progress, the points of the trends and sparklines. */
public interface SnapshotRepository {

    /** What a snapshot is of: the scorecard of a cycle, one of its perspectives, objectives or key results. */
    record Subject(CycleId cycle, Kind kind, String id) {
        public enum Kind {
            SCORECARD,
            PERSPECTIVE,
            OBJECTIVE,
            KEY_RESULT
        }

        public Subject {
            ValidationException.requireValue(cycle, "snapshot.cycle");
            ValidationException.requireValue(kind, "snapshot.kind");
            ValidationException.requireText(id, "snapshot.id");
        }
    }

    /** One day's progress of a subject. */
    record Point(LocalDate day, Progress progress) {
        public Point {
            ValidationException.requireValue(day, "snapshot.day");
            ValidationException.requireValue(progress, "snapshot.progress");
        }
    }

    /**
     * Records the day's progress of the scorecard and of every perspective, objective and key result in it, in one
     * transaction. Recording the same cycle and day again replaces that day's points: at most one point per subject
     * and day.
     */
    void record(LocalDate day, Scorecard scorecard);

    /** The points of these subjects from {@code from} to {@code to} inclusive, oldest first. */
    Map<Subject, List<Point>> trends(Collection<Subject> subjects, LocalDate from, LocalDate to);
}
