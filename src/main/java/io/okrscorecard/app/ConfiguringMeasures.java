package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureRun;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.JiraMeasures;
import io.okrscorecard.core.port.KeyResultMeasures;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.UserDirectory;

/**
 * A viewer reads a key result's Jira measure (Browse Projects on the key result), and one who may edit the key result
 * issue (Edit Issues) sets, replaces or removes it, or has it measured now. Only METRIC key results of open cycles
 * take a measure; the JQL is checked against Jira before anything is stored, so a bad one is a 400 naming the field
 * and nothing is written.
 */
public final class ConfiguringMeasures {

    /**
     * A measure as the panel shows it.
     *
     * @param definition {@code null}: the key result has no measure
     * @param lastRun the latest evaluation, {@code null} before the first
     * @param lastMeasured the latest system check-in: the last good value and its date, {@code null} before the first
     * @param technicalUser who measures run as, {@code null} when the admin chose nobody
     * @param canEdit whether the viewer may configure the measure and run it now
     * @param stored for "measure now": false when another evaluation stored the same run first (its result is shown)
     */
    public record View(
            IssueKey key,
            MeasureDefinition definition,
            MeasureRun lastRun,
            CheckIn lastMeasured,
            Person technicalUser,
            boolean canEdit,
            boolean stored) {}

    /** A measure as the client sends it; the aggregate is an {@link Aggregate}. */
    public record Command(String jql, Long filterId, Aggregate aggregate, String fieldId) {}

    private final AccessControl access;
    private final IssueDirectory issues;
    private final ObjectiveSource objectives;
    private final ScorecardSettingsRepository settings;
    private final KeyResultMeasures measures;
    private final JiraMeasures jira;
    private final MeasuringKeyResults measuring;
    private final UserDirectory users;

    public ConfiguringMeasures(
            AccessControl access,
            IssueDirectory issues,
            ObjectiveSource objectives,
            ScorecardSettingsRepository settings,
            KeyResultMeasures measures,
            JiraMeasures jira,
            MeasuringKeyResults measuring,
            UserDirectory users) {
        this.access = access;
        this.issues = issues;
        this.objectives = objectives;
        this.settings = settings;
        this.measures = measures;
        this.jira = jira;
        this.measuring = measuring;
        this.users = users;
    }

    public View read(IssueKey key) {
        Viewer viewer = Viewers.require(access);
        BrowsableKeyResult located = locate(viewer, key);
        return view(located, viewer, true);
    }

    /** Sets or replaces the measure after Jira accepted its JQL and field. */
    public View define(IssueKey key, Command command) {
        Viewer viewer = Viewers.require(access);
        BrowsableKeyResult located = editable(viewer, key);
        if (located.keyResult().kind() != KeyResultKind.METRIC) {
            throw new ValidationException(
                    "measure.keyResult",
                    key.value() + " is a " + located.keyResult().kind()
                            + " key result: only METRIC key results take their value from a Jira measure");
        }
        ValidationException.requireValue(command, "measure");
        MeasureDefinition definition = new MeasureDefinition(
                located.keyResult().id(), command.jql(), command.filterId(), command.aggregate(), command.fieldId());
        jira.validate(definition, measures.technicalUser().orElse(viewer.userKey()));
        measures.save(definition);
        return view(located, viewer, true);
    }

    /** Removes the measure; the check-ins it wrote stay in the history. */
    public void remove(IssueKey key) {
        Viewer viewer = Viewers.require(access);
        BrowsableKeyResult located = editable(viewer, key);
        measures.remove(located.keyResult().id());
    }

    /** Evaluates the measure now as the technical user and answers with the stored result. */
    public View measureNow(IssueKey key) {
        Viewer viewer = Viewers.require(access);
        BrowsableKeyResult located = editable(viewer, key);
        MeasureDefinition definition = measures.definition(located.keyResult().id())
                .orElseThrow(() -> new NotFoundException(key.value() + " has no Jira measure"));
        MeasuringKeyResults.Evaluation evaluation = measuring.measureNow(located.keyResult(), definition);
        BrowsableKeyResult after = locate(viewer, key);
        return view(after, viewer, evaluation.stored());
    }

    private View view(BrowsableKeyResult located, Viewer viewer, boolean stored) {
        KeyResultId id = located.keyResult().id();
        CheckIn lastMeasured = null;
        for (CheckIn checkIn : located.keyResult().checkIns()) {
            if (checkIn.measured()) {
                lastMeasured = checkIn;
            }
        }
        Person technicalUser = measures.technicalUser().map(users::person).orElse(null);
        return new View(
                located.keyResult().key(),
                measures.definition(id).orElse(null),
                measures.lastRun(id).map(KeyResultMeasures.Numbered::run).orElse(null),
                lastMeasured,
                technicalUser,
                access.canEdit(viewer, new IssueId(id.value())),
                stored);
    }

    /** The key result for an editor: Edit Issues on it, and its cycle not closed. */
    private BrowsableKeyResult editable(Viewer viewer, IssueKey key) {
        BrowsableKeyResult located = locate(viewer, key);
        if (!access.canEdit(viewer, new IssueId(located.keyResult().id().value()))) {
            throw new AccessDeniedException("you may not edit " + key.value(), false);
        }
        if (settings.closedCycles().contains(located.cycle())) {
            throw new StateConflictException(key.value() + " belongs to the closed cycle "
                    + located.cycle().value() + ": a closed cycle is frozen and never measured");
        }
        return located;
    }

    private BrowsableKeyResult locate(Viewer viewer, IssueKey key) {
        return BrowsableKeyResult.find(access, issues, objectives, viewer, key);
    }
}
