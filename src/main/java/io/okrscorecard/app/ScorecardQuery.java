package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a dashboard asks for: a cycle (else the current one), optionally only the objectives of one project and only
 * one perspective, and how many days of trend to return.
 */
public record ScorecardQuery(
        Optional<CycleId> cycle, Optional<String> project, Optional<PerspectiveKey> perspective, int trendDays) {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    public static final int DEFAULT_TREND_DAYS = 30;
    private static final int MAX_TREND_DAYS = 366;

    public ScorecardQuery {
        ValidationException.requireValue(cycle, "cycle");
        ValidationException.requireValue(project, "project");
        ValidationException.requireValue(perspective, "perspective");
        project.ifPresent(key -> {
            if (!PROJECT_KEY.matcher(key).matches()) {
                throw new ValidationException("project", "must be a Jira project key like OKR, was '" + key + "'");
            }
        });
        if (trendDays < 0 || trendDays > MAX_TREND_DAYS) {
            throw new ValidationException(
                    "trendDays", "must be between 0 and " + MAX_TREND_DAYS + ", was " + trendDays);
        }
    }

    /** From request parameters, each may be null or blank. */
    public static ScorecardQuery of(String cycle, String project, String perspective, Integer trendDays) {
        return new ScorecardQuery(
                blank(cycle) ? Optional.empty() : Optional.of(parsed(() -> CycleId.of(cycle), "cycle")),
                blank(project) ? Optional.empty() : Optional.of(project),
                blank(perspective)
                        ? Optional.empty()
                        : Optional.of(parsed(() -> PerspectiveKey.of(perspective), "perspective")),
                trendDays == null ? DEFAULT_TREND_DAYS : trendDays);
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

    /** Whether an objective with this issue key is in the asked-for project. */
    boolean includesIssue(String issueKey) {
        return project.map(key -> issueKey.startsWith(key + "-")).orElse(true);
    }
}
