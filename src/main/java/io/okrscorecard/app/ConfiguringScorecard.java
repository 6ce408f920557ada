package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.settings.AppSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A Jira administrator reads and changes the scorecard's configuration: the perspectives and the app settings. Every
 * operation checks ADMINISTER in code; the values arrive already validated (core values reject bad input when built).
 */
public final class ConfiguringScorecard {
    private static final int MAX_LISTED_OBJECTIVES = 5;

    private final Administrators administrators;
    private final ScorecardSettingsRepository settings;
    private final ObjectiveSource objectives;
    private final Transactions transactions;

    public ConfiguringScorecard(
            Administrators administrators,
            ScorecardSettingsRepository settings,
            ObjectiveSource objectives,
            Transactions transactions) {
        this.administrators = administrators;
        this.settings = settings;
        this.objectives = objectives;
        this.transactions = transactions;
    }

    public Perspectives perspectives() {
        administrators.require();
        return settings.perspectives();
    }

    /**
     * Replaces the perspectives as a whole (renames, reorders, recolours, reweights, new thresholds, additions). A
     * perspective may be removed only while no objective uses it; the message names the objectives that do.
     */
    public Perspectives replacePerspectives(Perspectives replacement) {
        administrators.require();
        ValidationException.requireValue(replacement, "perspectives");
        return transactions.inTransaction(() -> {
            Set<PerspectiveKey> removed = new TreeSet<>();
            for (Perspective current : settings.perspectives().all()) {
                if (replacement.find(current.key()).isEmpty()) {
                    removed.add(current.key());
                }
            }
            rejectRemovalOfPerspectivesInUse(removed);
            settings.savePerspectives(replacement);
            return replacement;
        });
    }

    /** The rollup policies an administrator may choose from, in display order. */
    public List<RollupPolicy> rollupPolicies() {
        administrators.require();
        return List.of(RollupPolicy.values());
    }

    public AppSettings settings() {
        administrators.require();
        return settings.appSettings();
    }

    public AppSettings saveSettings(AppSettings replacement) {
        administrators.require();
        ValidationException.requireValue(replacement, "settings");
        return transactions.inTransaction(() -> {
            settings.saveAppSettings(replacement);
            return replacement;
        });
    }

    public List<Cycle> cycles() {
        administrators.require();
        return settings.cycles();
    }

    public Cycle createCycle(Cycle cycle) {
        administrators.require();
        ValidationException.requireValue(cycle, "cycle");
        return transactions.inTransaction(() -> {
            if (settings.cycle(cycle.id()).isPresent()) {
                throw new ValidationException(
                        "cycle.id", "a cycle '" + cycle.id().value() + "' already exists");
            }
            settings.saveCycle(cycle);
            return cycle;
        });
    }

    public Cycle updateCycle(CycleId id, Cycle cycle) {
        administrators.require();
        ValidationException.requireValue(cycle, "cycle");
        if (!cycle.id().equals(id)) {
            throw new ValidationException("cycle.id", "a cycle's id cannot change; create a new cycle instead");
        }
        return transactions.inTransaction(() -> {
            if (settings.cycle(id).isEmpty()) {
                throw new NotFoundException("no cycle '" + id.value() + "'");
            }
            settings.saveCycle(cycle);
            return cycle;
        });
    }

    /** Removes a cycle that no objective belongs to; the message names the objectives that still do. */
    public void deleteCycle(CycleId id) {
        administrators.require();
        transactions.inTransaction(() -> {
            if (settings.cycle(id).isEmpty()) {
                throw new NotFoundException("no cycle '" + id.value() + "'");
            }
            List<String> users = objectives.objectivesIn(id).stream()
                    .map(objective -> objective.key().value())
                    .collect(Collectors.toList());
            if (!users.isEmpty()) {
                throw new ValidationException(
                        "cycle", "cycle '" + id.value() + "' still holds " + listed(users) + "; move them first");
            }
            return settings.deleteCycle(id);
        });
    }

    public PerspectiveMapping perspectiveMapping() {
        administrators.require();
        return settings.perspectiveMapping();
    }

    /** Replaces the mapping; every value must map to a perspective the admin has defined. */
    public PerspectiveMapping savePerspectiveMapping(PerspectiveMapping mapping) {
        administrators.require();
        ValidationException.requireValue(mapping, "mapping");
        return transactions.inTransaction(() -> {
            mapping.requireKnownPerspectives(settings.perspectives());
            settings.savePerspectiveMapping(mapping);
            return mapping;
        });
    }

    private void rejectRemovalOfPerspectivesInUse(Set<PerspectiveKey> removed) {
        if (removed.isEmpty()) {
            return;
        }
        List<Objective> all = new ArrayList<>();
        for (Cycle cycle : settings.cycles()) {
            all.addAll(objectives.objectivesIn(cycle.id()));
        }
        for (PerspectiveKey key : removed) {
            List<String> users = all.stream()
                    .filter(objective -> key.equals(objective.perspective()))
                    .map(objective -> objective.key().value())
                    .collect(Collectors.toList());
            if (!users.isEmpty()) {
                throw new ValidationException(
                        "perspectives",
                        "perspective '" + key.value() + "' is used by " + listed(users)
                                + "; move those objectives to another perspective first");
            }
        }
    }

    /** Up to five objective keys, then how many more. */
    private static String listed(List<String> keys) {
        String shown = String.join(", ", keys.subList(0, Math.min(keys.size(), MAX_LISTED_OBJECTIVES)));
        return keys.size() > MAX_LISTED_OBJECTIVES
                ? shown + " and " + (keys.size() - MAX_LISTED_OBJECTIVES) + " more"
                : shown;
    }
}
