package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.ConcurrentUpdateException;
import io.okrscorecard.core.port.CycleReviews;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Closing and re-opening cycles in the CYCLE_EVENT, FROZEN_CYCLE and FROZEN_OBJECTIVE tables. Each is one transaction
 * with the move of the settings revision; the unique cycle key of FROZEN_CYCLE makes one of two nodes closing the
 * same cycle at once lose, and the loser, reading again, finds it closed.
 */
public final class AoCycleReviews implements CycleReviews {

    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;
    private final AoScorecardSettingsRepository settings;

    public AoCycleReviews(
            ActiveObjects ao, ActiveObjectsTransactions transactions, AoScorecardSettingsRepository settings) {
        this.ao = ao;
        this.transactions = transactions;
        this.settings = settings;
    }

    @Override
    public Optional<FrozenCycle> frozen(CycleId cycle) {
        FrozenCycleEntity[] headers = frozenHeader(cycle);
        if (headers.length == 0) {
            return Optional.empty();
        }
        FrozenCycleJson.Header header = FrozenCycleJson.header(headers[0].getFrozenJson());
        List<Objective> objectives = new ArrayList<>();
        Map<ProgressSubject, StoredProgress> rows = new HashMap<>();
        for (FrozenObjectiveEntity row : frozenObjectives(cycle, true)) {
            FrozenCycleJson.FrozenObjective frozen = FrozenCycleJson.objective(row.getFrozenJson());
            objectives.add(frozen.objective());
            frozen.rows().forEach(stored -> rows.put(stored.subject(), stored));
        }
        return Optional.of(new FrozenCycle(
                header.cycle(),
                header.frozenAt(),
                header.day(),
                header.settings(),
                header.perspectives(),
                header.rule(),
                objectives,
                rows));
    }

    @Override
    public List<CycleEvent> history(CycleId cycle) {
        List<CycleEvent> events = new ArrayList<>();
        for (CycleEventEntity row : ao.find(
                CycleEventEntity.class,
                Query.select()
                        .where(CycleEventEntity.CYCLE_KEY + " = ?", cycle.value())
                        .order("ID"))) {
            events.add(new CycleEvent(
                    CycleId.of(row.getCycleKey()),
                    CycleEvent.Kind.valueOf(row.getKind()),
                    Columns.instant(row.getHappenedAt()),
                    row.getActorKey(),
                    row.getReason()));
        }
        return events;
    }

    @Override
    public void close(CycleEvent closing, FrozenCycle frozen) {
        requireKind(closing, CycleEvent.Kind.CLOSED);
        if (!frozen.cycle().id().equals(closing.cycle())) {
            throw new ValidationException(
                    "cycle", "the snapshot is of " + frozen.cycle().id());
        }
        String header = FrozenCycleJson.header(new FrozenCycleJson.Header(
                frozen.cycle(),
                frozen.frozenAt(),
                frozen.day(),
                frozen.settings(),
                frozen.perspectives(),
                frozen.rule()));
        List<String> objectives = new ArrayList<>();
        for (Objective objective : frozen.objectives()) {
            List<StoredProgress> rows = new ArrayList<>();
            for (ProgressSubject subject : ProgressSubject.ofObjectivesAndKeyResults(List.of(objective))) {
                StoredProgress row = frozen.rows().get(subject);
                if (row != null) {
                    rows.add(row);
                }
            }
            objectives.add(FrozenCycleJson.objective(new FrozenCycleJson.FrozenObjective(objective, rows)));
        }
        String key = closing.cycle().value();
        Retrying.write(transactions, ATTEMPTS, "cycle " + key, () -> {
            if (frozenHeader(closing.cycle()).length > 0) {
                throw new ConcurrentUpdateException("cycle " + key, "cycle " + key + " is closed already");
            }
            ao.create(
                    FrozenCycleEntity.class,
                    Map.of(
                            FrozenCycleEntity.CYCLE_KEY, key,
                            FrozenCycleEntity.FROZEN_AT, Columns.millis(frozen.frozenAt()),
                            FrozenCycleEntity.FROZEN_JSON, header));
            for (int position = 0; position < objectives.size(); position++) {
                ao.create(
                        FrozenObjectiveEntity.class,
                        Map.of(
                                FrozenObjectiveEntity.CYCLE_KEY, key,
                                FrozenObjectiveEntity.POSITION, position,
                                FrozenObjectiveEntity.FROZEN_JSON, objectives.get(position)));
            }
            record(closing);
            settings.moveRevision();
            return null;
        });
    }

    @Override
    public void reopen(CycleEvent reopening) {
        requireKind(reopening, CycleEvent.Kind.REOPENED);
        String key = reopening.cycle().value();
        Retrying.write(transactions, ATTEMPTS, "cycle " + key, () -> {
            FrozenCycleEntity[] headers = frozenHeader(reopening.cycle());
            if (headers.length == 0) {
                throw new ConcurrentUpdateException("cycle " + key, "cycle " + key + " is not closed");
            }
            ao.delete(frozenObjectives(reopening.cycle(), false));
            ao.delete(headers);
            record(reopening);
            settings.moveRevision();
            return null;
        });
    }

    private void record(CycleEvent event) {
        Map<String, Object> row = new HashMap<>();
        row.put(CycleEventEntity.CYCLE_KEY, event.cycle().value());
        row.put(CycleEventEntity.KIND, event.kind().name());
        row.put(CycleEventEntity.HAPPENED_AT, Columns.millis(event.at()));
        row.put(CycleEventEntity.ACTOR_KEY, Columns.text(event.actorKey(), 255, "actor"));
        row.put(CycleEventEntity.REASON, event.reason());
        ao.create(CycleEventEntity.class, row);
    }

    private static void requireKind(CycleEvent event, CycleEvent.Kind kind) {
        if (event.kind() != kind) {
            throw new ValidationException("kind", "must be " + kind + ", was " + event.kind());
        }
    }

    private FrozenCycleEntity[] frozenHeader(CycleId cycle) {
        return ao.find(
                FrozenCycleEntity.class, Query.select().where(FrozenCycleEntity.CYCLE_KEY + " = ?", cycle.value()));
    }

    private FrozenObjectiveEntity[] frozenObjectives(CycleId cycle, boolean ordered) {
        Query query = Query.select().where(FrozenObjectiveEntity.CYCLE_KEY + " = ?", cycle.value());
        return ao.find(FrozenObjectiveEntity.class, ordered ? query.order(FrozenObjectiveEntity.POSITION) : query);
    }
}
