package io.okrscorecard.app;

import io.okrscorecard.app.Digest.DueCheckIn;
import io.okrscorecard.app.Digest.ObjectiveLine;
import io.okrscorecard.app.Digest.PerspectiveLine;
import io.okrscorecard.app.ScorecardReading.KeyResultReading;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.ProgressChange;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.WeekBefore;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.SnapshotRepository.Point;
import io.okrscorecard.core.port.SnapshotRepository.Subject;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.StatusRule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a subscription's weekly digest as its subscriber: the scorecard is read with the subscriber's permissions
 * and saved filters ({@link ReadingScorecard#readAs}), and compared with the objectives' daily snapshots of seven days
 * earlier ({@link WeekBefore}). Only objectives the subscriber may browse are named.
 */
public final class ComposingDigest {
    private final ReadingScorecard reading;
    private final SnapshotRepository snapshots;
    private final ZoneId zone;

    /** @param clock its zone is Jira's default time zone, in which days start */
    public ComposingDigest(ReadingScorecard reading, SnapshotRepository snapshots, Clock clock) {
        this.reading = reading;
        this.snapshots = snapshots;
        this.zone = clock.getZone();
    }

    /**
     * The digest of {@code day}. The caller (the sending job) acts for the subscriber.
     *
     * @throws NotFoundException when there is no cycle, or the subscriber can no longer see the saved filter
     */
    public Digest compose(Subscription subscription, LocalDate day) {
        DigestScope scope = subscription.scope();
        ReadingScorecard.StrategyMapReading read =
                reading.strategyMapAs(new Viewer(subscription.subscriberKey()), query(scope));
        ScorecardReading now = read.reading();
        Scorecard scorecard = now.scorecard();
        LocalDate weekBefore = day.minusDays(7);
        WeekBefore then = weekBefore(now, weekBefore);

        List<PerspectiveLine> perspectives = new ArrayList<>();
        Map<PerspectiveKey, Perspective> shown = new HashMap<>();
        for (PerspectiveScore perspective : scorecard.perspectives()) {
            if (scope.shows(perspective.perspective().key())) {
                shown.put(perspective.perspective().key(), perspective.perspective());
                PerspectiveScore before = then.perspective(perspective);
                perspectives.add(new PerspectiveLine(
                        perspective.perspective(),
                        perspective.progress(),
                        perspective.status(),
                        new ProgressChange(before.progress(), perspective.progress())));
            }
        }

        List<ObjectiveLine> lines = new ArrayList<>();
        List<DueCheckIn> due = new ArrayList<>();
        for (Objective objective : now.objectives()) {
            Optional<Perspective> perspective =
                    Optional.ofNullable(objective.perspective()).map(shown::get);
            boolean unassigned =
                    scorecard.unassigned().stream().anyMatch(score -> score.id().equals(objective.id()));
            if (perspective.isEmpty() && !(unassigned && scope.perspectives().isEmpty())) {
                continue;
            }
            Thresholds thresholds = perspective.map(Perspective::thresholds).orElse(Thresholds.DEFAULT);
            ObjectiveScore score = scorecard.objective(objective.id()).orElseThrow();
            lines.add(new ObjectiveLine(
                    objective,
                    then.status(objective.id(), thresholds),
                    score.status(),
                    new ProgressChange(then.progress(objective.id()), score.progress())));
            for (KeyResultReading keyResult : now.keyResults().getOrDefault(objective.id(), List.of())) {
                if (keyResult.checkInDue().isPresent()) {
                    due.add(new DueCheckIn(objective, keyResult));
                }
            }
        }
        return new Digest(
                subscription,
                day,
                weekBefore,
                now,
                read.map(),
                perspectives,
                statusChanges(lines),
                due,
                topMovers(lines));
    }

    /**
     * The query of a scope: the cycle running today, its projects or saved filter, every perspective, and the trends
     * the gadget shows (the attached report draws them).
     */
    static ScorecardQuery query(DigestScope scope) {
        return new ScorecardQuery(
                Optional.empty(),
                scope.projects(),
                Optional.empty(),
                ScorecardQuery.DEFAULT_TREND_DAYS,
                scope.filter());
    }

    /** The objectives' points of that day, and the status rule of the end of that day. */
    private WeekBefore weekBefore(ScorecardReading now, LocalDate day) {
        List<Subject> subjects = new ArrayList<>();
        Map<Subject, ObjectiveId> objectives = new HashMap<>();
        now.scorecard().objectives().forEach(objective -> {
            Subject subject = new Subject(
                    now.cycle().id(), Subject.Kind.OBJECTIVE, objective.id().toString());
            subjects.add(subject);
            objectives.put(subject, objective.id());
        });
        Map<ObjectiveId, Progress> points = new HashMap<>();
        if (!subjects.isEmpty()) {
            snapshots.trends(subjects, day, day).forEach((subject, list) -> {
                for (Point point : list) {
                    if (point.day().equals(day)) {
                        points.put(objectives.get(subject), point.progress());
                    }
                }
            });
        }
        StatusRule rule = now.scorecard().rule();
        Clock endOfDay = Clock.fixed(day.plusDays(1).atStartOfDay(zone).toInstant(), zone);
        return new WeekBefore(points, new StatusRule(rule.mode(), now.cycle().elapsedShare(endOfDay)));
    }

    /** Objectives whose status differs from the week before: those that turned red first, then by key. */
    private static List<ObjectiveLine> statusChanges(List<ObjectiveLine> lines) {
        return lines.stream()
                .filter(line -> line.statusBefore() != line.status())
                .sorted(Comparator.comparing((ObjectiveLine line) -> !line.turnedRed())
                        .thenComparing(line -> line.objective().key().value()))
                .toList();
    }

    /** The objectives that moved most, either way: largest absolute change first, then by key; at most five. */
    private static List<ObjectiveLine> topMovers(List<ObjectiveLine> lines) {
        return lines.stream()
                .filter(line -> line.change().moved())
                .sorted(Comparator.comparingDouble((ObjectiveLine line) ->
                                -Math.abs(line.change().value().getAsDouble()))
                        .thenComparing(line -> line.objective().key().value()))
                .limit(Digest.TOP_MOVERS)
                .toList();
    }
}
