package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a dashboard asks for: a cycle (else the current one), optionally only the objectives of some projects (none:
 * every project) and only one perspective, and how many days of trend to return.
 */
public record ScorecardQuery(
        Optional<CycleId> cycle,
        List<String> projects,
        Optional<PerspectiveKey> perspective,
        int trendDays,
        Optional<Long> filter) {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    public static final int DEFAULT_TREND_DAYS = 30;
    private static final int MAX_TREND_DAYS = 366;
    /** More projects than a dashboard can list would only make a long URL; a filter is the way to a wider scope. */
    public static final int MAX_PROJECTS = 100;

    public ScorecardQuery {
        ValidationException.requireValue(cycle, "cycle");
        projects = List.copyOf(ValidationException.requireValue(projects, "project"));
        ValidationException.requireValue(perspective, "perspective");
        ValidationException.requireValue(filter, "filter");
        filter.ifPresent(id -> {
            if (id <= 0) {
                throw new ValidationException("filter", "must be the id of a saved filter, was " + id);
            }
        });
        if (projects.size() > MAX_PROJECTS) {
            throw new ValidationException("project", "at most " + MAX_PROJECTS + " projects, was " + projects.size());
        }
        for (String key : projects) {
            if (!PROJECT_KEY.matcher(key).matches()) {
                throw new ValidationException("project", "must be a Jira project key like OKR, was '" + key + "'");
            }
        }
        if (trendDays < 0 || trendDays > MAX_TREND_DAYS) {
            throw new ValidationException(
                    "trendDays", "must be between 0 and " + MAX_TREND_DAYS + ", was " + trendDays);
        }
    }

    /** From request parameters, each may be null or blank. */
    public static ScorecardQuery of(String cycle, String project, String perspective, Integer trendDays) {
        return forProjects(cycle, blank(project) ? List.of() : List.of(project), perspective, trendDays);
    }

    /**
     * From request parameters with a repeatable {@code project} (null or empty: every project; blank values are
     * skipped, a key given twice counts once); the others may be null or blank.
     */
    public static ScorecardQuery forProjects(
            String cycle, List<String> projects, String perspective, Integer trendDays) {
        List<String> keys = new ArrayList<>();
        if (projects != null) {
            projects.stream().filter(key -> !blank(key)).distinct().forEach(keys::add);
        }
        return new ScorecardQuery(
                blank(cycle) ? Optional.empty() : Optional.of(parsed(() -> CycleId.of(cycle), "cycle")),
                keys,
                blank(perspective)
                        ? Optional.empty()
                        : Optional.of(parsed(() -> PerspectiveKey.of(perspective), "perspective")),
                trendDays == null ? DEFAULT_TREND_DAYS : trendDays,
                Optional.empty());
    }

    /** This query narrowed to the objectives a saved filter finds; {@code filter} may be null or blank (no filter). */
    public ScorecardQuery withFilter(String filter) {
        if (blank(filter)) {
            return this;
        }
        long id;
        try {
            id = Long.parseLong(filter.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException("filter", "must be the id of a saved filter, was '" + filter + "'");
        }
        return new ScorecardQuery(cycle, projects, perspective, trendDays, Optional.of(id));
    }

    private static <T> T parsed(Supplier<T> parse, String field) {
        try {
            return parse.get();
        } catch (ValidationException invalid) {
            throw new ValidationException(field, invalid.reason());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Whether an objective with this issue key is in one of the asked-for projects (any, when none was asked for). */
    boolean includesIssue(String issueKey) {
        return projects.isEmpty() || projects.stream().anyMatch(key -> issueKey.startsWith(key + "-"));
    }
}
