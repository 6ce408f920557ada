package io.okrscorecard.core.settings;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import java.util.regex.Pattern;

/**
 * The admin's app-wide settings, shared by every node of the cluster.
 *
 * @param storyPointsFieldId the custom field holding story points, e.g. {@code customfield_10106}; {@code null} until
 *     the admin picks one (the STORY_POINTS policy then finds no estimates and falls back to COUNT, and says so)
 * @param countOnlyVisibleWork when true, aggregated progress is computed on read from the work the viewer may
 *     browse; by default it counts all linked work (see the admin guide)
 * @param checkInCadence how often METRIC key results are expected to be checked in, and the reminders' weekday
 */
public record AppSettings(
        RollupSettings rollup,
        StatusMode statusMode,
        String storyPointsFieldId,
        boolean countOnlyVisibleWork,
        CheckInCadence checkInCadence) {

    private static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_[0-9]{1,18}");

    public AppSettings {
        ValidationException.requireValue(rollup, "rollup");
        ValidationException.requireValue(statusMode, "statusMode");
        ValidationException.requireValue(checkInCadence, "checkInCadence");
        if (storyPointsFieldId != null
                && !CUSTOM_FIELD_ID.matcher(storyPointsFieldId).matches()) {
            throw new ValidationException(
                    "storyPointsFieldId", "must look like customfield_10106, was '" + storyPointsFieldId + "'");
        }
    }

    public static AppSettings defaults() {
        return new AppSettings(RollupSettings.defaults(), StatusMode.ABSOLUTE, null, false, CheckInCadence.DEFAULT);
    }

    public AppSettings withRollup(RollupSettings newRollup) {
        return new AppSettings(newRollup, statusMode, storyPointsFieldId, countOnlyVisibleWork, checkInCadence);
    }

    public AppSettings withStatusMode(StatusMode newMode) {
        return new AppSettings(rollup, newMode, storyPointsFieldId, countOnlyVisibleWork, checkInCadence);
    }

    public AppSettings withCountOnlyVisibleWork(boolean visibleOnly) {
        return new AppSettings(rollup, statusMode, storyPointsFieldId, visibleOnly, checkInCadence);
    }

    public AppSettings withStoryPointsFieldId(String fieldId) {
        return new AppSettings(rollup, statusMode, fieldId, countOnlyVisibleWork, checkInCadence);
    }

    public AppSettings withCheckInCadence(CheckInCadence cadence) {
        return new AppSettings(rollup, statusMode, storyPointsFieldId, countOnlyVisibleWork, cadence);
    }
}
