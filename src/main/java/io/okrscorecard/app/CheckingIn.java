package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.KeyResultMeasures;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.UserDirectory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A viewer reads a key result's check-ins (Browse Projects on the key result) or records one (Edit Issues on it); the
 * author is always the viewer, stored by user key and shown by display name. A key result the viewer may not browse
 * does not exist for them.
 */
public final class CheckingIn {
    private final AccessControl access;
    private final IssueDirectory issues;
    private final ObjectiveSource objectives;
    private final RecordingCheckIn recording;
    private final UserDirectory users;
    private final KeyResultMeasures measures;

    /**
     * @param measures the key results measured from Jira: while a measure is set, a check-in with a value is refused
     *     (the value comes from the measure; ADR 0022), a confidence-only check-in is still taken
     */
    public CheckingIn(
            AccessControl access,
            IssueDirectory issues,
            ObjectiveSource objectives,
            RecordingCheckIn recording,
            UserDirectory users,
            KeyResultMeasures measures) {
        this.access = access;
        this.issues = issues;
        this.objectives = objectives;
        this.recording = recording;
        this.users = users;
        this.measures = measures;
    }

    /** Without Jira measures: every check-in may carry a value. */
    public CheckingIn(
            AccessControl access,
            IssueDirectory issues,
            ObjectiveSource objectives,
            RecordingCheckIn recording,
            UserDirectory users) {
        this(access, issues, objectives, recording, users, null);
    }

    /** The check-ins of the key result, newest first, each author looked up once. */
    public List<AuthoredCheckIn> history(IssueKey key) {
        Viewer viewer = Viewers.require(access);
        List<CheckIn> history = new ArrayList<>(keyResult(viewer, key).checkIns());
        Collections.reverse(history);
        Map<String, Person> authors = new HashMap<>();
        List<AuthoredCheckIn> authored = new ArrayList<>(history.size());
        for (CheckIn checkIn : history) {
            authored.add(new AuthoredCheckIn(checkIn, authors.computeIfAbsent(checkIn.authorKey(), users::person)));
        }
        return authored;
    }

    public AuthoredCheckIn record(IssueKey key, Double value, Confidence confidence, String comment) {
        Viewer viewer = Viewers.require(access);
        KeyResult keyResult = keyResult(viewer, key);
        if (!access.canEdit(viewer, new IssueId(keyResult.id().value()))) {
            throw new AccessDeniedException("you may not edit " + key.value(), false);
        }
        if (value != null
                && measures != null
                && measures.definition(keyResult.id()).isPresent()) {
            throw new ValidationException(
                    "checkIn.value",
                    key.value() + " is measured from Jira: its value comes from the measure; record a confidence"
                            + " without a value, or remove the measure first");
        }
        RecordingCheckIn.Command command;
        try {
            command = new RecordingCheckIn.Command(keyResult.id(), value, confidence, comment, viewer.userKey());
        } catch (ValidationException invalid) {
            throw invalid.under("checkIn");
        }
        try {
            return new AuthoredCheckIn(recording.record(keyResult, command), users.person(viewer.userKey()));
        } catch (ValidationException invalid) {
            throw invalid.under("checkIn");
        }
    }

    private KeyResult keyResult(Viewer viewer, IssueKey key) {
        return BrowsableKeyResult.find(access, issues, objectives, viewer, key).keyResult();
    }
}
