package io.okrscorecard.rest;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.settings.AppSettings;
import java.time.DayOfWeek;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The app settings as the admin page reads and writes them; {@code checkInCadence} is a {@link CheckInCadence.Interval}
 * name and {@code checkInWeekday} a {@link DayOfWeek} name, such as {@code MONDAY}; {@code alignedObjectivesContribute}
 * turns on the {@link Cascade} with {@code alignedShare}, the share of a parent's progress its supporting objectives
 * make up (kept while the cascade is off); {@code workPanelOffProjects} are the keys of the projects whose work items
 * show no OKR issue panel (null or absent: none); {@code parentLinkFieldId} names the field of the levels above epics
 * (null, blank or absent: Advanced Roadmaps' Parent Link, found by its type).
 */
public record SettingsDto(
        String rollupPolicy,
        Double inProgressCredit,
        List<String> excludedResolutions,
        String statusMode,
        String storyPointsFieldId,
        Boolean countOnlyVisibleWork,
        String checkInCadence,
        String checkInWeekday,
        Boolean alignedObjectivesContribute,
        Double alignedShare,
        List<String> workPanelOffProjects,
        String parentLinkFieldId) {

    static SettingsDto of(AppSettings settings) {
        RollupSettings rollup = settings.rollup();
        return new SettingsDto(
                rollup.policy().name(),
                rollup.inProgressCredit(),
                rollup.excludedResolutions().stream().sorted().collect(Collectors.toList()),
                settings.statusMode().name(),
                settings.storyPointsFieldId(),
                settings.countOnlyVisibleWork(),
                settings.checkInCadence().interval().name(),
                settings.checkInCadence().weekday().name(),
                rollup.cascade().enabled(),
                rollup.cascade().childrenShare(),
                List.copyOf(settings.workPanelOffProjects()),
                settings.parentLinkFieldId());
    }

    /** The domain value; failures name the field under {@code settings}, e.g. {@code settings.inProgressCredit}. */
    AppSettings toDomain() {
        try {
            return build();
        } catch (ValidationException invalid) {
            throw invalid.under("settings");
        }
    }

    private Cascade cascade() {
        boolean enabled =
                ValidationException.requireValue(alignedObjectivesContribute, "settings.alignedObjectivesContribute");
        double share = ValidationException.requireValue(alignedShare, "settings.alignedShare");
        try {
            return new Cascade(enabled, share);
        } catch (ValidationException invalid) {
            throw new ValidationException("settings.alignedShare", invalid.reason());
        }
    }

    private AppSettings build() {
        RollupSettings rollup = new RollupSettings(
                        Enums.named(RollupPolicy.class, rollupPolicy, "rollupPolicy"),
                        ValidationException.requireValue(inProgressCredit, "settings.inProgressCredit"),
                        new LinkedHashSet<>(
                                ValidationException.requireValue(excludedResolutions, "settings.excludedResolutions")))
                .withCascade(cascade());
        return new AppSettings(
                rollup,
                Enums.named(StatusMode.class, statusMode, "statusMode"),
                storyPointsFieldId == null || storyPointsFieldId.isBlank() ? null : storyPointsFieldId,
                ValidationException.requireValue(countOnlyVisibleWork, "settings.countOnlyVisibleWork"),
                new CheckInCadence(
                        Enums.named(CheckInCadence.Interval.class, checkInCadence, "checkInCadence"),
                        Enums.named(DayOfWeek.class, checkInWeekday, "checkInWeekday")),
                panelOffProjects(),
                parentLinkFieldId == null || parentLinkFieldId.isBlank() ? null : parentLinkFieldId.strip());
    }

    /** The project keys, trimmed and upper-cased as Jira shows them; blank entries skipped, a key twice counts once. */
    private Set<String> panelOffProjects() {
        Set<String> keys = new TreeSet<>();
        if (workPanelOffProjects != null) {
            for (String key : workPanelOffProjects) {
                if (key == null) {
                    throw new ValidationException("workPanelOffProjects", "must be Jira project keys, was null");
                }
                if (!key.isBlank()) {
                    keys.add(key.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        return keys;
    }
}
