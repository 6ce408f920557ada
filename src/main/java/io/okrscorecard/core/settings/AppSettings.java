package io.okrscorecard.core.settings;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The admin's app-wide settings, shared by every node of the cluster.
 *
 * @param storyPointsFieldId the custom field holding story points, e.g. {@code customfield_10106}; {@code null} until
 *     the admin picks one (the STORY_POINTS policy then finds no estimates and falls back to COUNT, and says so)
 * @param countOnlyVisibleWork when true, aggregated progress is computed on read from the work the viewer may
 *     browse; by default it counts all linked work (see the admin guide)
 * @param checkInCadence how often METRIC key results are expected to be checked in, and the reminders' weekday
 * @param workPanelOffProjects the keys of the projects whose work items show no OKR issue panel (objectives and key
 *     results keep theirs); empty by default: every work item shows it
 * @param parentLinkFieldId the custom field that names an item's parent one level above epics, e.g.
 *     {@code customfield_10200}; {@code null} (the default) takes Advanced Roadmaps' Parent Link, found by its type
 */
public record AppSettings(
        RollupSettings rollup,
        StatusMode statusMode,
        String storyPointsFieldId,
        boolean countOnlyVisibleWork,
        CheckInCadence checkInCadence,
        Set<String> workPanelOffProjects,
        String parentLinkFieldId) {

    private static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_[0-9]{1,18}");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    /** More projects than an admin can keep in view; a Jira instance with more turns the panel off otherwise. */
    public static final int MAX_PANEL_OFF_PROJECTS = 500;

    /** Settings with the work-item panel on in every project. */
    public AppSettings(
            RollupSettings rollup,
            StatusMode statusMode,
            String storyPointsFieldId,
            boolean countOnlyVisibleWork,
            CheckInCadence checkInCadence) {
        this(rollup, statusMode, storyPointsFieldId, countOnlyVisibleWork, checkInCadence, Set.of(), null);
    }

    public AppSettings {
        ValidationException.requireValue(workPanelOffProjects, "workPanelOffProjects");
        if (workPanelOffProjects.size() > MAX_PANEL_OFF_PROJECTS) {
            throw new ValidationException(
                    "workPanelOffProjects",
                    "at most " + MAX_PANEL_OFF_PROJECTS + " projects, was " + workPanelOffProjects.size());
        }
        for (String key : workPanelOffProjects) {
            if (key == null || !PROJECT_KEY.matcher(key).matches()) {
                throw new ValidationException(
                        "workPanelOffProjects", "must be Jira project keys like OKR, was '" + key + "'");
            }
        }
        workPanelOffProjects = Collections.unmodifiableSet(new TreeSet<>(workPanelOffProjects));
        ValidationException.requireValue(rollup, "rollup");
        ValidationException.requireValue(statusMode, "statusMode");
        ValidationException.requireValue(checkInCadence, "checkInCadence");
        if (storyPointsFieldId != null
                && !CUSTOM_FIELD_ID.matcher(storyPointsFieldId).matches()) {
            throw new ValidationException(
                    "storyPointsFieldId", "must look like customfield_10106, was '" + storyPointsFieldId + "'");
        }
        if (parentLinkFieldId != null
                && !CUSTOM_FIELD_ID.matcher(parentLinkFieldId).matches()) {
            throw new ValidationException(
                    "parentLinkFieldId", "must look like customfield_10200, was '" + parentLinkFieldId + "'");
        }
    }

    public static AppSettings defaults() {
        return new AppSettings(RollupSettings.defaults(), StatusMode.ABSOLUTE, null, false, CheckInCadence.DEFAULT);
    }

    public AppSettings withRollup(RollupSettings newRollup) {
        return new AppSettings(
                newRollup,
                statusMode,
                storyPointsFieldId,
                countOnlyVisibleWork,
                checkInCadence,
                workPanelOffProjects,
                parentLinkFieldId);
    }

    public AppSettings withStatusMode(StatusMode newMode) {
        return new AppSettings(
                rollup,
                newMode,
                storyPointsFieldId,
                countOnlyVisibleWork,
                checkInCadence,
                workPanelOffProjects,
                parentLinkFieldId);
    }

    public AppSettings withCountOnlyVisibleWork(boolean visibleOnly) {
        return new AppSettings(
                rollup,
                statusMode,
                storyPointsFieldId,
                visibleOnly,
                checkInCadence,
                workPanelOffProjects,
                parentLinkFieldId);
    }

    public AppSettings withStoryPointsFieldId(String fieldId) {
        return new AppSettings(
                rollup,
                statusMode,
                fieldId,
                countOnlyVisibleWork,
                checkInCadence,
                workPanelOffProjects,
                parentLinkFieldId);
    }

    public AppSettings withCheckInCadence(CheckInCadence cadence) {
        return new AppSettings(
                rollup,
                statusMode,
                storyPointsFieldId,
                countOnlyVisibleWork,
                cadence,
                workPanelOffProjects,
                parentLinkFieldId);
    }

    public AppSettings withWorkPanelOffProjects(Set<String> projects) {
        return new AppSettings(
                rollup,
                statusMode,
                storyPointsFieldId,
                countOnlyVisibleWork,
                checkInCadence,
                projects,
                parentLinkFieldId);
    }

    public AppSettings withParentLinkFieldId(String fieldId) {
        return new AppSettings(
                rollup,
                statusMode,
                storyPointsFieldId,
                countOnlyVisibleWork,
                checkInCadence,
                workPanelOffProjects,
                fieldId);
    }

    /** Whether the work items of this project show the OKR issue panel. */
    public boolean workPanelShownIn(String projectKey) {
        return projectKey == null || !workPanelOffProjects.contains(projectKey);
    }
}
