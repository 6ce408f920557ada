package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.port.ChangeMark;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Reads the {@link ChangeMark} of a table whose rows are only ever inserted and deleted, never updated, and remembers
 * the newest id it saw: the next read looks only at ids from there on, a short range of the primary key's index
 * however large the table.
 */
final class ChangeMarks<T extends Entity> {
    private final ActiveObjects ao;
    private final Class<T> table;
    private volatile long newestSeen;

    ChangeMarks(ActiveObjects ao, Class<T> table) {
        this.ao = ao;
        this.table = table;
    }

    /** The newest id (from the one seen last; from the start if that row is gone and none is newer), then the count. */
    ChangeMark read() {
        long from = newestSeen;
        T[] newest = ao.find(
                table,
                Query.select("ID").where("ID >= ?", from).order("ID DESC").limit(1));
        if (newest.length == 0 && from > 0) {
            newest = ao.find(table, Query.select("ID").order("ID DESC").limit(1));
        }
        if (newest.length == 0) {
            return ChangeMark.EMPTY;
        }
        ChangeMark mark = new ChangeMark(newest[0].getID(), ao.count(table));
        newestSeen = mark.newestRow();
        return mark;
    }
}
