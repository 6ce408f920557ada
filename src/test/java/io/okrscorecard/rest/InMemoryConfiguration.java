package io.okrscorecard.rest;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.settings.AppSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The configuration ports held in memory, with a count of writes so tests can prove that nothing was written. */
final class InMemoryConfiguration implements ScorecardSettingsRepository, ObjectiveSource, Transactions {
    private Perspectives perspectives = Perspectives.defaults();
    private PerspectiveMapping mapping = PerspectiveMapping.defaults();
    private AppSettings settings = AppSettings.defaults();
    private final Map<CycleId, Cycle> cycles = new LinkedHashMap<>();
    private final List<Objective> objectives = new ArrayList<>();
    private int writes;

    int writes() {
        return writes;
    }

    void addObjective(Objective objective) {
        objectives.add(objective);
    }

    @Override
    public Perspectives perspectives() {
        return perspectives;
    }

    @Override
    public void savePerspectives(Perspectives replacement) {
        writes++;
        perspectives = replacement;
    }

    @Override
    public PerspectiveMapping perspectiveMapping() {
        return mapping;
    }

    @Override
    public void savePerspectiveMapping(PerspectiveMapping replacement) {
        writes++;
        mapping = replacement;
    }

    @Override
    public AppSettings appSettings() {
        return settings;
    }

    @Override
    public void saveAppSettings(AppSettings replacement) {
        writes++;
        settings = replacement;
    }

    @Override
    public List<Cycle> cycles() {
        return cycles.values().stream()
                .sorted(Comparator.comparing(Cycle::start))
                .collect(Collectors.toList());
    }

    @Override
    public Optional<Cycle> cycle(CycleId id) {
        return Optional.ofNullable(cycles.get(id));
    }

    @Override
    public void saveCycle(Cycle cycle) {
        writes++;
        cycles.put(cycle.id(), cycle);
    }

    @Override
    public boolean deleteCycle(CycleId id) {
        writes++;
        return cycles.remove(id) != null;
    }

    @Override
    public Optional<Objective> objective(ObjectiveId id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    @Override
    public List<Objective> objectivesIn(CycleId cycle) {
        return objectives.stream().filter(o -> o.cycle().equals(cycle)).collect(Collectors.toList());
    }

    @Override
    public List<Objective> objectivesMeasuredBy(Collection<io.okrscorecard.core.KeyResultId> keyResults) {
        return objectives.stream()
                .filter(o -> o.keyResults().stream().anyMatch(kr -> keyResults.contains(kr.id())))
                .collect(Collectors.toList());
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
