package io.okrscorecard.store;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.perspective.MappingSource;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.review.ReviewSettings;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.settings.AppSettings;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Types the key/value rows of {@link SettingEntity}. A setting without a row reads as its default, so a setting added
 * in a later version needs no upgrade task.
 */
final class AppSettingsMapper {

    static final String POLICY = "rollup.policy";
    static final String IN_PROGRESS_CREDIT = "rollup.inProgressCredit";
    static final String EXCLUDED_RESOLUTIONS = "rollup.excludedResolutions";
    static final String CASCADE = "rollup.cascade";
    static final String CASCADE_SHARE = "rollup.cascade.childrenShare";
    static final String STATUS_MODE = "statusMode";
    static final String STORY_POINTS_FIELD = "storyPointsFieldId";
    static final String ONLY_VISIBLE_WORK = "countOnlyVisibleWork";
    static final String CHECK_IN_CADENCE = "checkIn.cadence";
    static final String CHECK_IN_WEEKDAY = "checkIn.weekday";
    static final String WORK_PANEL_OFF = "workPanel.offProjects";
    static final String PARENT_LINK_FIELD = "parentLinkFieldId";
    static final String MAPPING_SOURCE = "mapping.source";
    static final String MAPPING_FIELD = "mapping.fieldId";
    static final String REVIEWER_GROUP = "review.reviewerGroup";
    static final String GRADE_AMBER_FROM = "review.grade.amberFrom";
    static final String GRADE_GREEN_FROM = "review.grade.greenFrom";
    /** A random token replaced by every save of any setting: see {@code ScorecardSettingsRepository.revision()}. */
    static final String REVISION = "settings.revision";

    static final List<String> APP_SETTINGS = List.of(
            POLICY,
            IN_PROGRESS_CREDIT,
            EXCLUDED_RESOLUTIONS,
            CASCADE,
            CASCADE_SHARE,
            STATUS_MODE,
            STORY_POINTS_FIELD,
            ONLY_VISIBLE_WORK,
            CHECK_IN_CADENCE,
            CHECK_IN_WEEKDAY,
            WORK_PANEL_OFF,
            PARENT_LINK_FIELD);
    static final List<String> REVIEW_SETTINGS = List.of(REVIEWER_GROUP, GRADE_AMBER_FROM, GRADE_GREEN_FROM);
    static final List<String> MAPPING_SETTINGS = List.of(MAPPING_SOURCE, MAPPING_FIELD);

    /** Resolution names are stored one per line. */
    private static final String SEPARATOR = "\n";

    private AppSettingsMapper() {}

    /** The rows of these settings; a {@code null} value means "no row". */
    static Map<String, String> texts(AppSettings settings) {
        Map<String, String> texts = new LinkedHashMap<>();
        RollupSettings rollup = settings.rollup();
        texts.put(POLICY, rollup.policy().name());
        texts.put(IN_PROGRESS_CREDIT, Double.toString(rollup.inProgressCredit()));
        for (String name : rollup.excludedResolutions()) {
            if (name.contains(SEPARATOR) || name.contains("\r")) {
                throw new ValidationException(
                        "rollup.excludedResolutions", "a resolution name cannot span lines: '" + name + "'");
            }
        }
        texts.put(EXCLUDED_RESOLUTIONS, String.join(SEPARATOR, new TreeSet<>(rollup.excludedResolutions())));
        texts.put(CASCADE, Boolean.toString(rollup.cascade().enabled()));
        texts.put(CASCADE_SHARE, Double.toString(rollup.cascade().childrenShare()));
        texts.put(STATUS_MODE, settings.statusMode().name());
        texts.put(STORY_POINTS_FIELD, settings.storyPointsFieldId());
        texts.put(PARENT_LINK_FIELD, settings.parentLinkFieldId());
        texts.put(ONLY_VISIBLE_WORK, Boolean.toString(settings.countOnlyVisibleWork()));
        texts.put(CHECK_IN_CADENCE, settings.checkInCadence().interval().name());
        texts.put(CHECK_IN_WEEKDAY, settings.checkInCadence().weekday().name());
        texts.put(
                WORK_PANEL_OFF,
                settings.workPanelOffProjects().isEmpty()
                        ? null
                        : String.join(SEPARATOR, settings.workPanelOffProjects()));
        return texts;
    }

    static AppSettings settings(Map<String, String> texts) {
        AppSettings defaults = AppSettings.defaults();
        RollupSettings rollup = defaults.rollup();
        if (texts.containsKey(POLICY)) {
            rollup = rollup.withPolicy(RollupPolicy.valueOf(texts.get(POLICY)));
        }
        if (texts.containsKey(IN_PROGRESS_CREDIT)) {
            rollup = rollup.withInProgressCredit(Double.parseDouble(texts.get(IN_PROGRESS_CREDIT)));
        }
        if (texts.containsKey(EXCLUDED_RESOLUTIONS)) {
            String joined = texts.get(EXCLUDED_RESOLUTIONS);
            Set<String> names = new LinkedHashSet<>();
            if (joined != null && !joined.isEmpty()) {
                names.addAll(Arrays.asList(joined.split(SEPARATOR)));
            }
            rollup = rollup.withExcludedResolutions(names);
        }
        if (texts.containsKey(CASCADE) || texts.containsKey(CASCADE_SHARE)) {
            Cascade defaultCascade = rollup.cascade();
            rollup = rollup.withCascade(new Cascade(
                    texts.containsKey(CASCADE) ? Boolean.parseBoolean(texts.get(CASCADE)) : defaultCascade.enabled(),
                    texts.containsKey(CASCADE_SHARE)
                            ? Double.parseDouble(texts.get(CASCADE_SHARE))
                            : defaultCascade.childrenShare()));
        }
        StatusMode mode =
                texts.containsKey(STATUS_MODE) ? StatusMode.valueOf(texts.get(STATUS_MODE)) : defaults.statusMode();
        String storyPoints = texts.getOrDefault(STORY_POINTS_FIELD, defaults.storyPointsFieldId());
        boolean onlyVisible = texts.containsKey(ONLY_VISIBLE_WORK)
                ? Boolean.parseBoolean(texts.get(ONLY_VISIBLE_WORK))
                : defaults.countOnlyVisibleWork();
        CheckInCadence cadence = new CheckInCadence(
                texts.containsKey(CHECK_IN_CADENCE)
                        ? CheckInCadence.Interval.valueOf(texts.get(CHECK_IN_CADENCE))
                        : defaults.checkInCadence().interval(),
                texts.containsKey(CHECK_IN_WEEKDAY)
                        ? DayOfWeek.valueOf(texts.get(CHECK_IN_WEEKDAY))
                        : defaults.checkInCadence().weekday());
        Set<String> panelOff = new LinkedHashSet<>();
        String offProjects = texts.get(WORK_PANEL_OFF);
        if (offProjects != null && !offProjects.isEmpty()) {
            panelOff.addAll(Arrays.asList(offProjects.split(SEPARATOR)));
        }
        return new AppSettings(rollup, mode, storyPoints, onlyVisible, cadence, panelOff, texts.get(PARENT_LINK_FIELD));
    }

    /** The rows of the review settings; no reviewer group is no row. */
    static Map<String, String> reviewTexts(ReviewSettings settings) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(
                REVIEWER_GROUP,
                settings.hasReviewerGroup()
                        ? Columns.text(settings.reviewerGroup(), ReviewSettings.MAX_GROUP, "reviewerGroup")
                        : null);
        texts.put(GRADE_AMBER_FROM, Double.toString(settings.scale().amberFrom()));
        texts.put(GRADE_GREEN_FROM, Double.toString(settings.scale().greenFrom()));
        return texts;
    }

    static ReviewSettings reviewSettings(Map<String, String> texts) {
        GradeScale defaults = GradeScale.DEFAULT;
        return new ReviewSettings(
                texts.get(REVIEWER_GROUP),
                new GradeScale(
                        texts.containsKey(GRADE_AMBER_FROM)
                                ? Double.parseDouble(texts.get(GRADE_AMBER_FROM))
                                : defaults.amberFrom(),
                        texts.containsKey(GRADE_GREEN_FROM)
                                ? Double.parseDouble(texts.get(GRADE_GREEN_FROM))
                                : defaults.greenFrom()));
    }

    static Map<String, String> mappingTexts(MappingSource source, String fieldId) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(MAPPING_SOURCE, source.name());
        texts.put(MAPPING_FIELD, Columns.text(fieldId, 255, "mapping.fieldId"));
        return texts;
    }
}
