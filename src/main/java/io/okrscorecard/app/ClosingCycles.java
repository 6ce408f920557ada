package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.cycle.CycleState;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.CycleReviews;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.UserDirectory;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A reviewer (a Jira administrator, or a member of the admin's reviewer group) closes a cycle in review, which
 * freezes it, or re-opens a closed one with a reason
 * (docs/adr/0018-closing-a-cycle-freezes-it.md). Closing stores what the scorecard shows at that moment: the cycle's
 * objectives as Jira has them and the stored numbers of each objective and key result, under the settings of the
 * moment; from then on every read of the cycle is composed from that snapshot and nothing recomputes it.
 */
public final class ClosingCycles {
    private final Reviewers reviewers;
    private final AccessControl access;
    private final ScorecardSettingsRepository settings;
    private final CycleReviews reviews;
    private final ObjectiveSource objectives;
    private final MaterialisedProgressRepository progress;
    private final CycleStates states;
    private final UserDirectory users;
    private final Clock clock;

    public ClosingCycles(
            Reviewers reviewers,
            AccessControl access,
            ScorecardSettingsRepository settings,
            CycleReviews reviews,
            ObjectiveSource objectives,
            MaterialisedProgressRepository progress,
            UserDirectory users,
            Clock clock) {
        this.reviewers = reviewers;
        this.access = access;
        this.settings = settings;
        this.reviews = reviews;
        this.objectives = objectives;
        this.progress = progress;
        this.states = new CycleStates(settings, clock);
        this.users = users;
        this.clock = clock;
    }

    /** Closes the cycle, which must be in review (its last day passed), and answers it closed. */
    public CycleStates.Stated close(CycleId id, String reason) {
        Viewer viewer = reviewers.require();
        CycleStates.Stated stated = states.of(id);
        if (stated.state() != CycleState.IN_REVIEW) {
            throw new StateConflictException(
                    stated.state() == CycleState.CLOSED
                            ? "cycle " + id + " is closed already"
                            : "cycle " + id + " runs until " + stated.cycle().end()
                                    + ": it can be closed after its last day");
        }
        Instant now = clock.instant();
        CycleEvent closing = new CycleEvent(id, CycleEvent.Kind.CLOSED, now, viewer.userKey(), reason);
        reviews.close(closing, frozen(stated.cycle(), now));
        return states.of(id);
    }

    /** Re-opens the closed cycle, saying why: its reads follow Jira again. Answers it in its state by its dates. */
    public CycleStates.Stated reopen(CycleId id, String reason) {
        Viewer viewer = reviewers.require();
        CycleStates.Stated stated = states.of(id);
        if (stated.state() != CycleState.CLOSED) {
            throw new StateConflictException("cycle " + id + " is not closed");
        }
        reviews.reopen(new CycleEvent(id, CycleEvent.Kind.REOPENED, clock.instant(), viewer.userKey(), reason));
        return states.of(id);
    }

    /**
     * Every closing and re-opening of the cycle, oldest first, each with who did it, for any logged-in viewer: no issue
     * data.
     */
    public List<Recorded> history(CycleId id) {
        Viewers.require(access);
        states.of(id);
        return reviews.history(id).stream()
                .map(event -> new Recorded(event, users.person(event.actorKey())))
                .toList();
    }

    /** A closing or re-opening with the person who did it. */
    public record Recorded(CycleEvent event, Person actor) {}

    /** The cycle in its state today, for any logged-in viewer. */
    public CycleStates.Stated state(CycleId id) {
        Viewers.require(access);
        return states.of(id);
    }

    /** What the scorecard of the cycle shows now, as a snapshot: the status rule at the end of the cycle. */
    private FrozenCycle frozen(Cycle cycle, Instant now) {
        AppSettings app = settings.appSettings();
        List<Objective> inCycle = objectives.objectivesIn(cycle.id());
        List<ProgressSubject> subjects = ProgressSubject.ofObjectivesAndKeyResults(inCycle);
        return new FrozenCycle(
                cycle,
                now,
                LocalDate.now(clock),
                app,
                settings.perspectives(),
                new StatusRule(app.statusMode(), cycle.elapsedShare(clock)),
                inCycle,
                subjects.isEmpty() ? Map.of() : progress.load(subjects));
    }
}
