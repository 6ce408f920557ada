package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.settings.HostObject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** The bootstrap ids in the HOST_OBJECT table, one row per role. */
public final class AoHostObjectRegistry implements HostObjectRegistry {

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;

    public AoHostObjectRegistry(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this.ao = ao;
        this.transactions = transactions;
    }

    @Override
    public Optional<String> idOf(HostObject object) {
        HostObjectEntity[] rows = find(object);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getJiraId());
    }

    @Override
    public Map<HostObject, String> all() {
        Map<HostObject, String> ids = new EnumMap<>(HostObject.class);
        for (HostObjectEntity row : ao.find(HostObjectEntity.class, Query.select())) {
            known(row.getObjectRole()).ifPresent(role -> ids.put(role, row.getJiraId()));
        }
        return ids;
    }

    @Override
    public void record(HostObject object, String id) {
        ValidationException.requireValue(object, "hostObject.role");
        Map<String, Object> row = new HashMap<>();
        row.put(HostObjectEntity.OBJECT_ROLE, object.name());
        row.put(
                HostObjectEntity.JIRA_ID,
                Columns.text(ValidationException.requireText(id, "hostObject.id"), 255, "hostObject.id"));
        transactions.inTransaction(() -> {
            ao.delete(find(object));
            ao.create(HostObjectEntity.class, row);
            return null;
        });
    }

    private HostObjectEntity[] find(HostObject object) {
        return ao.find(
                HostObjectEntity.class, Query.select().where(HostObjectEntity.OBJECT_ROLE + " = ?", object.name()));
    }

    /** A role written by a newer version of the app is skipped rather than failing the read. */
    private static Optional<HostObject> known(String role) {
        for (HostObject object : HostObject.values()) {
            if (object.name().equals(role)) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }
}
