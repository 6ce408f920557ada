package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.port.CheckInRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Check-in history in the CHECK_IN table: rows are inserted, never updated or deleted. */
public final class AoCheckInRepository implements CheckInRepository {

    private static final Comparator<CheckInEntity> OLDEST_FIRST =
            Comparator.comparingLong(CheckInEntity::getCheckedAt).thenComparingInt(CheckInEntity::getID);

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;

    public AoCheckInRepository(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this.ao = ao;
        this.transactions = transactions;
    }

    @Override
    public void append(KeyResultId keyResult, CheckIn checkIn) {
        ValidationException.requireValue(keyResult, "keyResultId");
        ValidationException.requireValue(checkIn, "checkIn");
        Map<String, Object> row = CheckInMapper.columns(keyResult, checkIn);
        transactions.inTransaction(() -> ao.create(CheckInEntity.class, row));
    }

    @Override
    public List<CheckIn> history(KeyResultId keyResult) {
        return histories(List.of(keyResult)).get(keyResult);
    }

    @Override
    public Map<KeyResultId, List<CheckIn>> histories(Collection<KeyResultId> keyResults) {
        Map<KeyResultId, List<CheckInEntity>> rows = new LinkedHashMap<>();
        for (KeyResultId keyResult : new LinkedHashSet<>(keyResults)) {
            rows.put(keyResult, new ArrayList<>());
        }
        for (List<KeyResultId> chunk : Chunks.of(rows.keySet())) {
            Object[] ids = chunk.stream().map(KeyResultId::value).toArray();
            CheckInEntity[] found = ao.find(
                    CheckInEntity.class, Query.select().where(Chunks.in(CheckInEntity.KEY_RESULT_ID, ids.length), ids));
            for (CheckInEntity row : found) {
                rows.get(KeyResultId.of(row.getKeyResultId())).add(row);
            }
        }
        Map<KeyResultId, List<CheckIn>> histories = new LinkedHashMap<>();
        rows.forEach((keyResult, list) -> {
            list.sort(OLDEST_FIRST);
            List<CheckIn> history = new ArrayList<>(list.size());
            for (CheckInEntity row : list) {
                history.add(CheckInMapper.checkIn(row));
            }
            histories.put(keyResult, history);
        });
        return histories;
    }
}
