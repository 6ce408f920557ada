package io.okrscorecard.app;

import io.okrscorecard.app.KeyResultDetail.SharedWork;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.SharedItem;
import io.okrscorecard.core.rollup.WorkExplanation;
import io.okrscorecard.core.rollup.WorkSearch;
import io.okrscorecard.core.scoring.Cascading;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A viewer opens an objective or a key result: its numbers are computed afresh from Jira (the same arithmetic as the
 * materialised ones) so that the explanation lists the very items behind the number. An objective or key result the
 * viewer may not browse does not exist for them (404).
 */
public final class ReadingKeyResults {
    /** How many items each list of an explanation names at most; the work endpoint pages through all of them. */
    public static final int LISTED_ITEMS = 50;

    private static final int MAX_PAGE = 1000;

    private final AccessControl access;
    private final IssueDirectory issues;
    private final ScorecardSettingsRepository settings;
    private final ObjectiveSource objectives;
    private final ScoringAfresh scoring;
    private final ReadingScorecard scorecards;
    private final Clock clock;

    public ReadingKeyResults(
            AccessControl access,
            IssueDirectory issues,
            ScorecardSettingsRepository settings,
            ObjectiveSource objectives,
            ScoringAfresh scoring,
            ReadingScorecard scorecards,
            Clock clock) {
        this.access = access;
        this.scorecards = scorecards;
        this.issues = issues;
        this.settings = settings;
        this.objectives = objectives;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** An objective with its key results, computed afresh; key results the viewer may not browse are left out. */
    public ObjectiveDetail objective(IssueKey key) {
        Viewer viewer = Viewers.require(access);
        ObjectiveId id = new ObjectiveId(visibleIssue(viewer, key).value());
        Computed computed = computeObjective(
                viewer,
                objectives
                        .objective(id)
                        .orElseThrow(() -> new NotFoundException(key.value() + " is not an objective")));
        List<KeyResultScore> visible = computed.objectiveScore().keyResults().stream()
                .filter(score -> access.canBrowse(viewer, new IssueId(score.id().value())))
                .collect(Collectors.toList());
        Map<KeyResultId, LocalDate> due = checkInsDue(
                computed.objective(), visible.stream().map(KeyResultScore::id).collect(Collectors.toSet()));
        return new ObjectiveDetail(
                computed.objective(),
                computed.objectiveScore(),
                visible,
                computed.objectiveScore().keyResults().size() - visible.size(),
                due,
                visibleSupporting(viewer, computed.supportingKeys()),
                scorecards.closedNumberOf(computed.objective(), null));
    }

    /**
     * A key result with the explanation of its number, and whether the viewer may record a check-in with a new value
     * on it (a METRIC key result they may edit: the issue panel then offers its check-in form).
     */
    public KeyResultDetail keyResult(IssueKey key) {
        Viewer viewer = Viewers.require(access);
        KeyResultId id = new KeyResultId(visibleIssue(viewer, key).value());
        Computed computed = computeKeyResultOf(viewer, id, key);
        KeyResultScore score = computed.scorecard()
                .keyResult(id)
                .orElseThrow(() -> new NotFoundException(key.value() + " is not a key result"));
        boolean canCheckIn = score.kind() == KeyResultKind.METRIC && access.canEdit(viewer, new IssueId(id.value()));
        if (!(score.explanation() instanceof WorkExplanation explanation)) {
            return new KeyResultDetail(
                    computed.objective(),
                    computed.objectiveScore(),
                    score,
                    List.of(),
                    List.of(),
                    List.of(),
                    0,
                    canCheckIn,
                    null,
                    Optional.ofNullable(
                            checkInsDue(computed.objective(), Set.of(id)).get(id)),
                    scorecards.closedNumberOf(computed.objective(), id),
                    List.of());
        }
        List<WorkItem> excluded = visible(viewer, explanation.excluded());
        List<WorkItem> ignored = visible(viewer, explanation.ignoredSubtasks());
        List<SharedWork> shared = sharedWork(viewer, explanation.shared(), computed);
        int hidden = 0;
        for (WorkItem item : allItems(explanation)) {
            if (!canBrowse(viewer, item)) {
                hidden++;
            }
        }
        return new KeyResultDetail(
                computed.objective(),
                computed.objectiveScore(),
                score,
                limited(excluded),
                shared.size() > LISTED_ITEMS ? shared.subList(0, LISTED_ITEMS) : shared,
                limited(ignored),
                hidden,
                canCheckIn,
                searchJql(score.key()),
                Optional.empty(),
                scorecards.closedNumberOf(computed.objective(), id),
                visibleKeys(viewer, explanation.hierarchyCycles()));
    }

    /**
     * Of these key results of the objective, the METRIC ones on which a check-in is due today under the admin's
     * cadence, with the day since which it is due.
     */
    private Map<KeyResultId, LocalDate> checkInsDue(Objective objective, Set<KeyResultId> ids) {
        List<KeyResult> metrics = objective.keyResults().stream()
                .filter(keyResult -> ids.contains(keyResult.id()) && keyResult.kind() == KeyResultKind.METRIC)
                .toList();
        Optional<Cycle> cycle = metrics.isEmpty() ? Optional.empty() : settings.cycle(objective.cycle());
        if (cycle.isEmpty()) {
            return Map.of();
        }
        CheckInCadence cadence = settings.appSettings().checkInCadence();
        LocalDate today = LocalDate.now(clock);
        Map<KeyResultId, LocalDate> due = new HashMap<>();
        for (KeyResult metric : metrics) {
            cadence.dueSince(metric, cycle.get(), today, clock.getZone())
                    .ifPresent(since -> due.put(metric.id(), since));
        }
        return due;
    }

    /**
     * The JQL search of the key result's work: the app's {@code keyResultWork} function with the excluded issues, the
     * same issues as {@link #work}; Jira answers it with the issues its searcher may browse.
     */
    private static String searchJql(IssueKey key) {
        return new WorkSearch(key).jql();
    }

    /** A page of the counted and excluded items of a WORK key result that the viewer may browse. */
    public WorkPage work(IssueKey key, int start, int max) {
        if (start < 0) {
            throw new ValidationException("start", "must be 0 or more, was " + start);
        }
        if (max < 1 || max > MAX_PAGE) {
            throw new ValidationException("max", "must be between 1 and " + MAX_PAGE + ", was " + max);
        }
        Viewer viewer = Viewers.require(access);
        KeyResultId id = new KeyResultId(visibleIssue(viewer, key).value());
        KeyResultScore score = computeKeyResultOf(viewer, id, key)
                .scorecard()
                .keyResult(id)
                .orElseThrow(() -> new NotFoundException(key.value() + " is not a key result"));
        if (!(score.explanation() instanceof WorkExplanation explanation)) {
            return new WorkPage(start, max, 0, 0, List.of());
        }
        List<WorkItem> visible = new ArrayList<>();
        int hidden = 0;
        for (WorkItem item : allItems(explanation)) {
            if (canBrowse(viewer, item)) {
                visible.add(item);
            } else {
                hidden++;
            }
        }
        List<WorkItem> page =
                start >= visible.size() ? List.of() : visible.subList(start, Math.min(visible.size(), start + max));
        return new WorkPage(start, max, visible.size(), hidden, page);
    }

    private IssueId visibleIssue(Viewer viewer, IssueKey key) {
        IssueId id = issues.idOf(key).orElseThrow(() -> new NotFoundException("no issue " + key.value()));
        if (!access.canBrowse(viewer, id)) {
            throw new NotFoundException("no issue " + key.value());
        }
        return id;
    }

    /** @param supportingKeys the keys of the supporting objectives counted for the objective */
    private record Computed(
            Objective objective,
            ObjectiveScore objectiveScore,
            Scorecard scorecard,
            Map<ObjectiveId, IssueKey> supportingKeys) {
        Computed(Objective objective, ObjectiveScore objectiveScore, Scorecard scorecard) {
            this(objective, objectiveScore, scorecard, Map.of());
        }
    }

    /** The supporting objectives counted for this score that the viewer may browse, with their keys. */
    private Map<ObjectiveId, IssueKey> visibleSupporting(Viewer viewer, Map<ObjectiveId, IssueKey> supporting) {
        Map<ObjectiveId, IssueKey> visible = new HashMap<>();
        if (supporting.isEmpty()) {
            return visible;
        }
        List<IssueId> ids =
                supporting.keySet().stream().map(id -> new IssueId(id.value())).toList();
        for (IssueId id : access.browsable(viewer, ids)) {
            ObjectiveId objective = new ObjectiveId(id.value());
            visible.put(objective, supporting.get(objective));
        }
        return visible;
    }

    /**
     * The objective's fresh score with its supporting objectives mixed in as every scorecard read counts them
     * (docs/rollup-rules.md, "Cascade of aligned objectives"); unchanged when none counts.
     */
    private Computed withSupport(Computed computed) {
        List<Cascading.Supporting> supporting = scorecards.supportingOf(computed.objective());
        if (supporting.isEmpty()) {
            return computed;
        }
        ObjectiveScore fresh = computed.objectiveScore();
        ObjectiveScore.Cascaded parts = Cascading.parts(
                fresh.cascaded().own(),
                supporting,
                settings.appSettings().rollup().cascade());
        Progress progress = Cascading.combined(parts);
        Thresholds thresholds = Optional.ofNullable(fresh.perspective())
                .flatMap(settings.perspectives()::find)
                .map(Perspective::thresholds)
                .orElse(Thresholds.DEFAULT);
        ObjectiveScore cascaded = new ObjectiveScore(
                fresh.id(),
                fresh.key(),
                fresh.summary(),
                fresh.perspective(),
                fresh.unassigned(),
                fresh.weight(),
                progress,
                computed.scorecard().rule().statusOf(progress, thresholds),
                fresh.keyResults(),
                parts);
        Map<ObjectiveId, IssueKey> keys = new HashMap<>();
        supporting.forEach(supporter -> keys.put(supporter.id(), supporter.key()));
        return new Computed(computed.objective(), cascaded, computed.scorecard(), keys);
    }

    private Computed computeKeyResultOf(Viewer viewer, KeyResultId id, IssueKey key) {
        Objective objective = objectives.objectivesMeasuredBy(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(key.value() + " is not a key result of any objective"));
        return computeObjective(viewer, objective);
    }

    /**
     * The objective scored afresh, with the objectives that share work with it (for the shared-item lists); with the
     * admin setting "count only work the viewer can browse", from that work only.
     */
    private Computed computeObjective(Viewer viewer, Objective objective) {
        List<KeyResultId> keyResults =
                objective.keyResults().stream().map(KeyResult::id).collect(Collectors.toList());
        List<Scorecard> scorecards;
        if (keyResults.isEmpty()) {
            scorecards = List.of();
        } else if (settings.appSettings().countOnlyVisibleWork()) {
            scorecards = scoring.scoreAfresh(keyResults, Viewers.browsableBy(access, viewer));
        } else {
            scorecards = scoring.scoreAfresh(keyResults);
        }
        for (Scorecard scorecard : scorecards) {
            Optional<ObjectiveScore> score = scorecard.objective(objective.id());
            if (score.isPresent()) {
                return withSupport(new Computed(objective, score.get(), scorecard));
            }
        }
        Cycle cycle = settings.cycle(objective.cycle())
                .orElseThrow(() -> new NotFoundException("cycle "
                        + objective.cycle().value() + " of " + objective.key().value() + " does not exist"));
        AppSettings app = settings.appSettings();
        Scorecard scorecard = ScorecardCalculator.compute(
                new ScorecardDefinition(
                        cycle, settings.perspectives(), app.rollup(), app.statusMode(), List.of(objective)),
                new WorkGraph(),
                clock);
        return withSupport(
                new Computed(objective, scorecard.objective(objective.id()).orElseThrow(), scorecard));
    }

    private List<SharedWork> sharedWork(Viewer viewer, List<SharedItem> shared, Computed computed) {
        Map<KeyResultId, String> keys = new HashMap<>();
        for (KeyResult keyResult : computed.objective().keyResults()) {
            keys.put(keyResult.id(), keyResult.key().value());
        }
        Set<KeyResultId> unknown = new HashSet<>();
        for (SharedItem item : shared) {
            for (KeyResultId other : item.alsoIn()) {
                if (!keys.containsKey(other)) {
                    unknown.add(other);
                }
            }
        }
        if (!unknown.isEmpty()) {
            for (Objective other : objectives.objectivesMeasuredBy(unknown)) {
                for (KeyResult keyResult : other.keyResults()) {
                    keys.put(keyResult.id(), keyResult.key().value());
                }
            }
        }
        List<SharedWork> result = new ArrayList<>();
        for (SharedItem item : shared) {
            if (!canBrowse(viewer, item.item())) {
                continue;
            }
            List<String> alsoIn = item.alsoIn().stream()
                    .filter(other -> access.canBrowse(viewer, new IssueId(other.value())))
                    .map(other -> keys.getOrDefault(other, "?"))
                    .collect(Collectors.toList());
            result.add(new SharedWork(item.item(), alsoIn));
        }
        return result;
    }

    private static List<WorkItem> allItems(WorkExplanation explanation) {
        List<WorkItem> all = new ArrayList<>(explanation.workSet().items());
        all.addAll(explanation.excluded());
        return all;
    }

    private List<WorkItem> visible(Viewer viewer, List<WorkItem> items) {
        return items.stream().filter(item -> canBrowse(viewer, item)).collect(Collectors.toList());
    }

    private List<IssueKey> visibleKeys(Viewer viewer, Map<IssueId, IssueKey> issues) {
        List<IssueKey> keys = new ArrayList<>();
        issues.forEach((id, key) -> {
            if (access.canBrowse(viewer, id)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private boolean canBrowse(Viewer viewer, WorkItem item) {
        return access.canBrowse(viewer, item.id());
    }

    private static <T> List<T> limited(List<T> items) {
        return items.size() > LISTED_ITEMS ? items.subList(0, LISTED_ITEMS) : items;
    }
}
