package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.port.ChangeMark;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Reads the {@link ChangeMark} of a table whose rows are only ever inserted and deleted, never updated, with two counts
 * and no row read while nothing was inserted since the last read: the rows after the newest id seen (none, while
 * nothing was inserted: an empty range of the primary key's index however large the table), and all rows (which a
 * delete lowers). Only after an insert does it look up the newest id again.
 */
final class ChangeMarks<T extends Entity> {
    private final ActiveObjects ao;
    private final Class<T> table;
    private volatile long newestSeen;

    ChangeMarks(ActiveObjects ao, Class<T> table) {
        this.ao = ao;
        this.table = table;
    }

    ChangeMark read() {
        long newest = newestSeen;
        if (newest == 0 || ao.count(table, Query.select().where("ID > ?", newest)) > 0) {
            T[] found = ao.find(table, Query.select("ID").order("ID DESC").limit(1));
            newest = found.length == 0 ? 0 : found[0].getID();
            newestSeen = newest;
        }
        return newest == 0 ? ChangeMark.EMPTY : new ChangeMark(newest, ao.count(table));
    }
}
