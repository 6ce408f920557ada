package io.okrscorecard.sandbox.demo;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.MeasuredBy;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.core.measure.Measurement;
import io.okrscorecard.sandbox.demo.DemoIssue.LinkType;
import io.okrscorecard.sandbox.demo.DemoIssue.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the demo organisation is written ({@link DemoOrganisation} says what it holds): issues with keys and ids as Jira
 * numbers them, objectives with their cycle, owner and perspective, key results of each kind with a METRIC's weekly
 * check-ins and the confidence an owner would judge, epics, stories, sub-tasks and links, on the running quarter and
 * the one before.
 */
abstract class DemoIssues {

    final LocalDate today;
    final ZoneId zone;
    final Cycle running;
    final Cycle previous;
    final List<DemoIssue> issues = new ArrayList<>();
    final List<DemoOrganisation.PlannedCheckIn> checkIns = new ArrayList<>();
    final List<DemoOrganisation.PlannedMeasure> measures = new ArrayList<>();
    /** The service desk tickets that measured key results count ({@link #measuredMetric}). */
    final ServiceDesk serviceDesk;
    /** Every so many METRIC key results, one's owner is late with the check-in ({@link #metric}). */
    private static final int LATE_METRIC_EVERY = 3;
    /** How long ago a late owner last checked in: more than the weekly cadence. */
    private static final int LATE_CHECK_IN_DAYS = 9;
    /** METRIC key results made so far. */
    private int metrics;

    private final Map<String, Integer> keysByProject = new HashMap<>();
    private long nextId = 10_000;
    private long nextLinkId = 50_000;
    private final Map<String, DemoIssue.User> users = new LinkedHashMap<>();
    int runningObjectives;

    DemoIssues(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
        this.running = DemoOrganisation.quarterOf(today);
        this.previous = DemoOrganisation.quarterOf(running.start().minusDays(1));
        this.serviceDesk = ServiceDesk.generate(today, zone);
    }

    LocalDate ago(long days) {
        return today.minusDays(days);
    }

    DemoIssue issue(String project, Type type, String summary, Timeline timeline) {
        int number = keysByProject.merge(project, 1, Integer::sum);
        DemoIssue issue = new DemoIssue(nextId++, project + "-" + number, type, summary, timeline);
        issues.add(issue);
        return issue;
    }

    /** An objective, in progress during its cycle and closed when it ended. */
    DemoIssue objective(String summary, String perspective, Cycle cycle, String owner) {
        DemoIssue objective = issue("OKR", Type.OBJECTIVE, summary, lifeOf(cycle));
        objective.perspective = perspective;
        if (perspective != null) {
            objective.labels.add(DemoOrganisation.LABELS.get(perspective));
            objective.components.add(DemoOrganisation.COMPONENTS.get(perspective));
        }
        objective.cycle = cycle.id().value();
        objective.assignee = user(owner);
        if (cycle == running) {
            runningObjectives++;
        }
        return objective;
    }

    /** The user with this user name, keyed as Jira 8 and later key new users, in the order they are first named. */
    DemoIssue.User user(String name) {
        return users.computeIfAbsent(name, n -> DemoIssue.User.named(n, 10_100 + users.size()));
    }

    Timeline lifeOf(Cycle cycle) {
        return cycle.end().isBefore(today) ? Timeline.done(cycle.end()) : Timeline.doing(cycle.start());
    }

    DemoIssue keyResult(DemoIssue objective, String summary, String kind, Timeline timeline) {
        DemoIssue kr = issue("OKR", Type.KEY_RESULT, summary, timeline);
        kr.krKind = kind;
        kr.assignee = objective.assignee;
        link(LinkType.KEY_RESULT, kr, objective);
        return kr;
    }

    DemoIssue work(DemoIssue objective, String summary) {
        return keyResult(objective, summary, "Work", lifeOf(cycleOf(objective)));
    }

    DemoIssue milestone(DemoIssue objective, String summary, Timeline timeline) {
        return keyResult(objective, summary, "Milestone", timeline);
    }

    /**
     * A METRIC key result with weekly check-ins of {@code values}, the last one two days before today (or three days
     * before a finished cycle's end); check-ins that would fall before the cycle's start are left out. Every third
     * metric's owner is a week late: its last check-in is nine days before today, so under the default weekly cadence
     * it is "check-in due" on the sandbox's day and its owner gets a reminder.
     */
    DemoIssue metric(DemoIssue objective, String summary, double start, double target, String unit, double... values) {
        Cycle cycle = cycleOf(objective);
        DemoIssue kr = keyResult(objective, summary, "Metric", lifeOf(cycle));
        kr.krStart = start;
        kr.krTarget = target;
        kr.krUnit = unit;
        metrics++;
        LocalDate last = cycle.end().isBefore(today)
                ? cycle.end().minusDays(3)
                : today.minusDays(metrics % LATE_METRIC_EVERY == 0 ? LATE_CHECK_IN_DAYS : 2);
        for (int i = 0; i < values.length; i++) {
            LocalDate day = last.minusWeeks(values.length - 1L - i);
            if (day.isBefore(cycle.start())) {
                continue;
            }
            double value = values[i];
            Confidence confidence = confidence(cycle, day, (value - start) / (target - start));
            checkIns.add(new DemoOrganisation.PlannedCheckIn(
                    IssueKey.of(kr.key),
                    new CheckIn(
                            value,
                            confidence,
                            comment(value, unit, confidence),
                            objective.assignee.key(),
                            day.atTime(9, 30).atZone(zone).toInstant())));
        }
        return kr;
    }

    /**
     * A METRIC key result measured from Jira: its {@code jql} over the {@link ServiceDesk} and the {@code aggregate},
     * evaluated as the nightly job would have at 02:00 on {@code weeks} days a week apart up to last night, each stored
     * as a system check-in by the technical user. The owner's confidence is judged as for a manual metric.
     */
    DemoIssue measuredMetric(
            DemoIssue objective,
            String summary,
            double start,
            double target,
            String unit,
            String jql,
            Aggregate aggregate,
            int weeks) {
        Cycle cycle = cycleOf(objective);
        DemoIssue kr = keyResult(objective, summary, "Metric", lifeOf(cycle));
        kr.krStart = start;
        kr.krTarget = target;
        kr.krUnit = unit;
        // counted as a metric, so that the late owners of the other metrics stay the same
        metrics++;
        measures.add(new DemoOrganisation.PlannedMeasure(IssueKey.of(kr.key), jql, aggregate));
        LocalDate last = today.minusDays(1);
        for (int i = weeks - 1; i >= 0; i--) {
            LocalDate day = last.minusWeeks(i);
            if (day.isBefore(cycle.start())) {
                continue;
            }
            Instant night = day.atTime(2, 0).atZone(zone).toInstant();
            List<MeasuredIssue> found = serviceDesk.find(jql, night, false);
            Measurement measurement = Measurement.of(aggregate, found);
            if (!measurement.defined()) {
                continue;
            }
            double value = Math.round(measurement.value() * 10) / 10.0;
            Confidence confidence = confidence(cycle, day, (value - start) / (target - start));
            checkIns.add(new DemoOrganisation.PlannedCheckIn(
                    IssueKey.of(kr.key),
                    new CheckIn(
                            value,
                            confidence,
                            "",
                            ServiceDesk.TECHNICAL_USER_KEY,
                            night,
                            new MeasuredBy(jql, measurement.issueCount()))));
        }
        return kr;
    }

    /** What an owner would judge: attainment against the share of the cycle that has passed. */
    private static Confidence confidence(Cycle cycle, LocalDate day, double attainment) {
        double elapsed = (double) ChronoUnit.DAYS.between(cycle.start(), day)
                / ChronoUnit.DAYS.between(cycle.start(), cycle.end().plusDays(1));
        if (elapsed < 0.1) {
            return Confidence.ON_TRACK;
        }
        double pace = attainment / elapsed;
        return pace >= 0.95 ? Confidence.ON_TRACK : pace >= 0.75 ? Confidence.AT_RISK : Confidence.OFF_TRACK;
    }

    private static String comment(double value, String unit, Confidence confidence) {
        String number = value == Math.rint(value)
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
        String judgement =
                switch (confidence) {
                    case ON_TRACK -> "On plan.";
                    case AT_RISK -> "Behind plan; the team is working on it.";
                    case OFF_TRACK -> "Well behind plan; raised in the weekly review.";
                };
        return "Weekly check-in: " + number + " " + unit + ". " + judgement;
    }

    Cycle cycleOf(DemoIssue objective) {
        return objective.cycle.equals(running.id().value()) ? running : previous;
    }

    DemoIssue epic(String project, String summary, Timeline timeline, DemoIssue... keyResults) {
        DemoIssue epic = issue(project, Type.EPIC, summary, timeline);
        for (DemoIssue kr : keyResults) {
            link(LinkType.CONTRIBUTION, epic, kr);
        }
        return epic;
    }

    DemoIssue story(DemoIssue epic, String summary, Timeline timeline, Double points) {
        DemoIssue story = issue(epic.key.substring(0, epic.key.indexOf('-')), Type.STORY, summary, timeline);
        story.epic = epic;
        story.storyPoints = points;
        return story;
    }

    DemoIssue subtask(DemoIssue parent, String summary, Timeline timeline) {
        DemoIssue subtask = issue(parent.key.substring(0, parent.key.indexOf('-')), Type.SUBTASK, summary, timeline);
        subtask.parent = parent;
        return subtask;
    }

    /** An issue linked directly to key results, outside any epic. */
    DemoIssue plain(String project, Type type, String summary, Timeline timeline, DemoIssue... keyResults) {
        DemoIssue issue = issue(project, type, summary, timeline);
        for (DemoIssue kr : keyResults) {
            link(LinkType.CONTRIBUTION, issue, kr);
        }
        return issue;
    }

    static void estimated(DemoIssue issue, long hours) {
        issue.originalEstimateSeconds = hours * 3600;
    }

    void link(LinkType type, DemoIssue source, DemoIssue target) {
        DemoIssue.Link link = new DemoIssue.Link(nextLinkId++, type, source, target);
        source.links.add(link);
        target.links.add(link);
    }
}
