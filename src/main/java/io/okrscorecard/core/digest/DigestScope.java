package io.okrscorecard.core.digest;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a weekly digest covers: always the cycle running on the day it is sent, narrowed to the objectives of some
 * projects (none: every project) or to those a saved filter finds when the subscriber runs it, and to some perspectives
 * (none: all of them), as the scorecard gadget narrows its scope.
 *
 * @param projects project keys, each once, in the order given
 * @param filter the id of a saved filter; never together with projects
 * @param perspectives the perspectives the digest reports, each once; empty for all
 */
public record DigestScope(List<String> projects, Optional<Long> filter, List<PerspectiveKey> perspectives) {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    /** As many projects as a scorecard query takes; a saved filter is the way to a wider scope. */
    public static final int MAX_PROJECTS = 100;
    /** More perspectives than any scorecard has would only be stored to be ignored. */
    public static final int MAX_PERSPECTIVES = 20;

    public DigestScope {
        ValidationException.requireValue(projects, "projects");
        ValidationException.requireValue(filter, "filter");
        ValidationException.requireValue(perspectives, "perspectives");
        List<String> keys = new ArrayList<>();
        for (String key : projects) {
            if (key == null || !PROJECT_KEY.matcher(key).matches()) {
                throw new ValidationException("projects", "must be Jira project keys like OKR, was '" + key + "'");
            }
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        if (keys.size() > MAX_PROJECTS) {
            throw new ValidationException("projects", "at most " + MAX_PROJECTS + " projects, was " + keys.size());
        }
        filter.ifPresent(id -> {
            if (id <= 0) {
                throw new ValidationException("filter", "must be the id of a saved filter, was " + id);
            }
        });
        if (filter.isPresent() && !keys.isEmpty()) {
            throw new ValidationException("filter", "a digest covers some projects or a saved filter, not both");
        }
        List<PerspectiveKey> shown = new ArrayList<>();
        for (PerspectiveKey key : perspectives) {
            ValidationException.requireValue(key, "perspectives");
            if (!shown.contains(key)) {
                shown.add(key);
            }
        }
        if (shown.size() > MAX_PERSPECTIVES) {
            throw new ValidationException(
                    "perspectives", "at most " + MAX_PERSPECTIVES + " perspectives, was " + shown.size());
        }
        projects = List.copyOf(keys);
        perspectives = List.copyOf(shown);
    }

    /** Every objective of the running cycle, every perspective. */
    public static DigestScope everything() {
        return new DigestScope(List.of(), Optional.empty(), List.of());
    }

    /** Whether the digest reports this perspective. */
    public boolean shows(PerspectiveKey perspective) {
        return perspectives.isEmpty() || perspectives.contains(perspective);
    }
}
