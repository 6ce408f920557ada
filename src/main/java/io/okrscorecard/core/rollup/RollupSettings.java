package io.okrscorecard.core.rollup;

import io.okrscorecard.core.ValidationException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin's rollup configuration.
 *
 * @param inProgressCredit share of an issue's weight credited while its status category is
 *     indeterminate, in [0, 1]
 * @param excludedResolutions resolution names as the admin wrote them (duplicates differing only in case are
 *     dropped); issues so resolved leave both numerator and denominator;
 *     compared case-insensitively
 * @param cascade whether aligned objectives contribute to their parent, and with which share
 */
public record RollupSettings(
        RollupPolicy policy, double inProgressCredit, Set<String> excludedResolutions, Cascade cascade) {

    private static final int MAX_EXCLUDED = 50;
    private static final int MAX_RESOLUTION_NAME = 255;

    public static final List<String> DEFAULT_EXCLUDED_RESOLUTIONS =
            List.of("Won't Do", "Won't Fix", "Duplicate", "Cannot Reproduce", "Declined");

    /** Settings under which aligned objectives do not contribute to their parents ({@link Cascade#OFF}). */
    public RollupSettings(RollupPolicy policy, double inProgressCredit, Set<String> excludedResolutions) {
        this(policy, inProgressCredit, excludedResolutions, Cascade.OFF);
    }

    public RollupSettings {
        ValidationException.requireValue(policy, "rollup.policy");
        ValidationException.requireValue(cascade, "rollup.cascade");
        ValidationException.requireFinite(inProgressCredit, "rollup.inProgressCredit");
        if (inProgressCredit < 0 || inProgressCredit > 1) {
            throw new ValidationException(
                    "rollup.inProgressCredit", "must be between 0 and 1, was " + inProgressCredit);
        }
        ValidationException.requireValue(excludedResolutions, "rollup.excludedResolutions");
        if (excludedResolutions.size() > MAX_EXCLUDED) {
            throw new ValidationException(
                    "rollup.excludedResolutions", "at most " + MAX_EXCLUDED + " resolutions can be excluded");
        }
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : excludedResolutions) {
            String stripped = ValidationException.requireText(name, "rollup.excludedResolutions")
                    .strip();
            if (stripped.length() > MAX_RESOLUTION_NAME) {
                throw new ValidationException(
                        "rollup.excludedResolutions",
                        "a resolution name must be at most " + MAX_RESOLUTION_NAME + " characters");
            }
            names.add(stripped);
        }
        excludedResolutions = Set.copyOf(names);
    }

    public static RollupSettings defaults() {
        return new RollupSettings(RollupPolicy.COUNT, 0.0, Set.copyOf(DEFAULT_EXCLUDED_RESOLUTIONS));
    }

    public RollupSettings withPolicy(RollupPolicy newPolicy) {
        return new RollupSettings(newPolicy, inProgressCredit, excludedResolutions, cascade);
    }

    public RollupSettings withInProgressCredit(double credit) {
        return new RollupSettings(policy, credit, excludedResolutions, cascade);
    }

    public RollupSettings withExcludedResolutions(Set<String> names) {
        return new RollupSettings(policy, inProgressCredit, names, cascade);
    }

    public RollupSettings withCascade(Cascade newCascade) {
        return new RollupSettings(policy, inProgressCredit, excludedResolutions, newCascade);
    }

    /** Whether an issue with this resolution (may be {@code null}: unresolved) leaves the rollup. */
    public boolean excludes(String resolution) {
        if (resolution == null) {
            return false;
        }
        String stripped = resolution.strip();
        for (String excluded : excludedResolutions) {
            if (excluded.equalsIgnoreCase(stripped)) {
                return true;
            }
        }
        return false;
    }
}
