package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.perspective.MappingSource;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ReviewSettingsRepository;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.review.ReviewSettings;
import io.okrscorecard.core.settings.AppSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.java.ao.Query;

/**
 * The admin's configuration in the PERSPECTIVE, MAPPED_VALUE, SETTING and OKR_CYCLE tables, the review settings among
 * the SETTING rows. Every save also replaces
 * the {@code settings.revision} row with a fresh random token in the same transaction, so that a node can tell with
 * one read whether anything it read from here has changed (ADR 0007), and moves every stored objective progress row
 * to its next version, so that numbers a node computed under the previous settings can no longer be stored (ADR 0024).
 */
public final class AoScorecardSettingsRepository implements ScorecardSettingsRepository, ReviewSettingsRepository {

    /** What {@link #revision()} reads before any save wrote the row (settings stored by earlier versions). */
    static final String NO_REVISION = "initial";

    private static final int ATTEMPTS = 4;

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;
    private final ObjectiveRowVersions objectiveRows;

    public AoScorecardSettingsRepository(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this.ao = ao;
        this.transactions = transactions;
        this.objectiveRows = new ObjectiveRowVersions(ao, AoInserts.detect(ao));
    }

    @Override
    public String revision() {
        String revision = settings(List.of(AppSettingsMapper.REVISION)).get(AppSettingsMapper.REVISION);
        return revision == null ? NO_REVISION : revision;
    }

    @Override
    public Perspectives perspectives() {
        PerspectiveEntity[] rows = ao.find(PerspectiveEntity.class, Query.select());
        if (rows.length == 0) {
            return Perspectives.defaults();
        }
        List<Perspective> perspectives = new ArrayList<>(rows.length);
        for (PerspectiveEntity row : rows) {
            perspectives.add(PerspectiveMapper.perspective(row));
        }
        return Perspectives.of(perspectives);
    }

    @Override
    public void savePerspectives(Perspectives perspectives) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Perspective perspective : perspectives.all()) {
            rows.add(PerspectiveMapper.columns(perspective));
        }
        saving("perspectives", () -> {
            ao.delete(ao.find(PerspectiveEntity.class, Query.select()));
            for (Map<String, Object> row : rows) {
                ao.create(PerspectiveEntity.class, row);
            }
            moveRevision();
        });
    }

    @Override
    public PerspectiveMapping perspectiveMapping() {
        Map<String, String> settings = settings(AppSettingsMapper.MAPPING_SETTINGS);
        String source = settings.get(AppSettingsMapper.MAPPING_SOURCE);
        if (source == null) {
            return PerspectiveMapping.defaults();
        }
        Map<String, PerspectiveKey> values = new LinkedHashMap<>();
        for (MappedValueEntity row : ao.find(MappedValueEntity.class, Query.select())) {
            values.put(row.getSourceValue(), PerspectiveKey.of(row.getPerspectiveKey()));
        }
        return new PerspectiveMapping(
                MappingSource.valueOf(source), settings.get(AppSettingsMapper.MAPPING_FIELD), values);
    }

    @Override
    public void savePerspectiveMapping(PerspectiveMapping mapping) {
        Map<String, String> settings =
                new LinkedHashMap<>(AppSettingsMapper.mappingTexts(mapping.source(), mapping.fieldId()));
        List<Map<String, Object>> rows = new ArrayList<>();
        mapping.values().forEach((value, key) -> rows.add(PerspectiveMapper.columns(value, key)));
        saving("perspective mapping", () -> {
            mapping.requireKnownPerspectives(perspectives());
            ao.delete(ao.find(MappedValueEntity.class, Query.select()));
            for (Map<String, Object> row : rows) {
                ao.create(MappedValueEntity.class, row);
            }
            replaceSettingsMovingRevision(settings);
        });
    }

    @Override
    public AppSettings appSettings() {
        return AppSettingsMapper.settings(settings(AppSettingsMapper.APP_SETTINGS));
    }

    @Override
    public void saveAppSettings(AppSettings settings) {
        Map<String, String> texts = new LinkedHashMap<>(AppSettingsMapper.texts(settings));
        saving("app settings", () -> replaceSettingsMovingRevision(texts));
    }

    @Override
    public List<Cycle> cycles() {
        List<Cycle> cycles = new ArrayList<>();
        for (CycleEntity row : ao.find(CycleEntity.class, Query.select())) {
            cycles.add(CycleMapper.cycle(row));
        }
        cycles.sort(Comparator.comparing(Cycle::start).thenComparing(Cycle::id));
        return cycles;
    }

    @Override
    public Optional<Cycle> cycle(CycleId id) {
        CycleEntity[] rows = findCycle(id);
        return rows.length == 0 ? Optional.empty() : Optional.of(CycleMapper.cycle(rows[0]));
    }

    @Override
    public void saveCycle(Cycle cycle) {
        Map<String, Object> row = CycleMapper.columns(cycle);
        saving("cycle " + cycle.id(), () -> {
            ao.delete(findCycle(cycle.id()));
            ao.create(CycleEntity.class, row);
            moveRevision();
        });
    }

    @Override
    public boolean deleteCycle(CycleId id) {
        return Retrying.write(transactions, ATTEMPTS, "cycle " + id, () -> {
            CycleEntity[] rows = findCycle(id);
            ao.delete(rows);
            if (rows.length > 0) {
                moveRevision();
            }
            return rows.length > 0;
        });
    }

    @Override
    public Set<CycleId> closedCycles() {
        Map<String, String> latest = new HashMap<>();
        for (CycleEventEntity row :
                ao.find(CycleEventEntity.class, Query.select().order("ID"))) {
            latest.put(row.getCycleKey(), row.getKind());
        }
        Set<CycleId> closed = new HashSet<>();
        latest.forEach((cycle, kind) -> {
            if (CycleEvent.Kind.CLOSED.name().equals(kind)) {
                closed.add(CycleId.of(cycle));
            }
        });
        return closed;
    }

    @Override
    public ReviewSettings reviewSettings() {
        return AppSettingsMapper.reviewSettings(settings(AppSettingsMapper.REVIEW_SETTINGS));
    }

    @Override
    public void saveReviewSettings(ReviewSettings settings) {
        Map<String, String> texts = new LinkedHashMap<>(AppSettingsMapper.reviewTexts(settings));
        saving("review settings", () -> replaceSettingsMovingRevision(texts));
    }

    /**
     * Moves the revision and the objective rows' versions, inside the caller's transaction: closing and re-opening a
     * cycle change what is read.
     */
    void moveRevision() {
        replaceSettingsMovingRevision(Map.of());
    }

    /**
     * Replaces these settings' rows and the revision's, and moves the objective rows' versions, all in the caller's
     * transaction: what every save does.
     */
    private void replaceSettingsMovingRevision(Map<String, String> texts) {
        Map<String, String> withRevision = new LinkedHashMap<>(texts);
        withRevision.put(AppSettingsMapper.REVISION, UUID.randomUUID().toString());
        replaceSettings(withRevision);
        objectiveRows.move();
    }

    /**
     * Runs a save in one transaction. Two saves at the same moment both replace the revision row, whose name is unique;
     * the loser rolls back and runs again (ADR 0003's retry), so a concurrent save never fails for that reason.
     */
    private void saving(String what, Runnable save) {
        Retrying.write(transactions, ATTEMPTS, what, () -> {
            save.run();
            return null;
        });
    }

    private CycleEntity[] findCycle(CycleId id) {
        return ao.find(CycleEntity.class, Query.select().where(CycleEntity.CYCLE_KEY + " = ?", id.value()));
    }

    /** The rows of these settings by name; a setting without a row is absent. One statement. */
    private Map<String, String> settings(Collection<String> names) {
        SettingEntity[] rows = ao.find(
                SettingEntity.class,
                Query.select().where(Chunks.in(SettingEntity.SETTING_NAME, names.size()), names.toArray()));
        Map<String, String> texts = new HashMap<>();
        for (SettingEntity row : rows) {
            texts.put(row.getSettingName(), row.getSettingText());
        }
        return texts;
    }

    /** Replaces the rows of these settings; a {@code null} text leaves the setting without a row. */
    private void replaceSettings(Map<String, String> texts) {
        ao.delete(ao.find(
                SettingEntity.class,
                Query.select()
                        .where(
                                Chunks.in(SettingEntity.SETTING_NAME, texts.size()),
                                texts.keySet().toArray())));
        texts.forEach((name, text) -> {
            if (text != null) {
                Map<String, Object> row = new HashMap<>();
                row.put(SettingEntity.SETTING_NAME, name);
                row.put(SettingEntity.SETTING_TEXT, text);
                ao.create(SettingEntity.class, row);
            }
        });
    }
}
