package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * Moves every stored objective progress row to its next version, numbers unchanged, inside the transaction of a
 * settings save (ADR 0024). Every conditional write of an objective's rows, a recalculation's as an incremental
 * apply's, expects the objective's own row at the version it kept, so work a node kept under the settings before the
 * save can no longer be stored after it: no writer reads the settings revision before its write.
 *
 * <p>O(1) statements per 1,000 objectives: one read of the objective rows, the deletes of the current rows and one
 * multi-row insert of their successors per 1,000 (one insert per row on a facade without the multi-row create). A
 * writer that replaced one of the rows meanwhile makes the insert collide on the unique version key, and the save runs
 * again from its reads (ADR 0003's retry).
 */
final class ObjectiveRowVersions {

    private final ActiveObjects ao;
    private final AoInserts inserts;

    ObjectiveRowVersions(ActiveObjects ao, AoInserts inserts) {
        this.ao = ao;
        this.inserts = inserts;
    }

    /** Replaces each objective's newest row by the same numbers at the next version; runs in the caller's transaction. */
    void move() {
        ProgressEntity[] rows = ao.find(
                ProgressEntity.class,
                Query.select().where(ProgressEntity.SUBJECT_KIND + " = ?", ProgressSubject.Kind.OBJECTIVE.name()));
        if (rows.length == 0) {
            return;
        }
        Map<ProgressSubject, StoredProgress> newest = new HashMap<>();
        for (ProgressEntity row : rows) {
            StoredProgress stored = ProgressMapper.stored(row);
            newest.merge(stored.subject(), stored, (a, b) -> a.version() >= b.version() ? a : b);
        }
        List<Map<String, Object>> successors = new ArrayList<>(newest.size());
        newest.values().forEach(row -> successors.add(ProgressMapper.columns(row, row.version() + 1)));
        for (List<ProgressEntity> chunk : Chunks.of(List.of(rows))) {
            ao.delete(chunk.toArray(new ProgressEntity[0]));
        }
        inserts.insert(ProgressEntity.class, successors);
    }
}
