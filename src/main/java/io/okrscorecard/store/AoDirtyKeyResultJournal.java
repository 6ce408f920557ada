package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.DirtyKeyResultJournal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * The dirty-KR journal in the DIRTY_KEY_RESULT table. Marking always inserts a row, even for a key result that already
 * has one: a drain removes only the rows it read, so a key result marked again meanwhile keeps its newer row.
 */
public final class AoDirtyKeyResultJournal implements DirtyKeyResultJournal {

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;

    public AoDirtyKeyResultJournal(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this.ao = ao;
        this.transactions = transactions;
    }

    @Override
    public void mark(Collection<KeyResultId> keyResults) {
        LinkedHashSet<KeyResultId> distinct = new LinkedHashSet<>(keyResults);
        if (distinct.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            for (KeyResultId keyResult : distinct) {
                ao.create(DirtyKeyResultEntity.class, Map.of(DirtyKeyResultEntity.KEY_RESULT_ID, keyResult.value()));
            }
            return null;
        });
    }

    @Override
    public List<Entry> oldest(int max) {
        if (max <= 0) {
            return List.of();
        }
        DirtyKeyResultEntity[] rows = ao.find(
                DirtyKeyResultEntity.class, Query.select().order("ID ASC").limit(max));
        List<Entry> entries = new ArrayList<>(rows.length);
        for (DirtyKeyResultEntity row : rows) {
            entries.add(new Entry(row.getID(), KeyResultId.of(row.getKeyResultId())));
        }
        return entries;
    }

    @Override
    public void remove(Collection<Entry> entries) {
        LinkedHashSet<Integer> ids = new LinkedHashSet<>();
        for (Entry entry : entries) {
            ids.add(Math.toIntExact(entry.id()));
        }
        if (ids.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            for (List<Integer> chunk : Chunks.of(ids)) {
                ao.delete(ao.find(
                        DirtyKeyResultEntity.class,
                        Query.select().where(Chunks.in("ID", chunk.size()), chunk.toArray())));
            }
            return null;
        });
    }

    @Override
    public int size() {
        return ao.count(DirtyKeyResultEntity.class);
    }
}
