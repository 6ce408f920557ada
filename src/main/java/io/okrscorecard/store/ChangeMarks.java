package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.port.ChangeMark;
import net.java.ao.Entity;
import net.java.ao.Query;

/** Reads the {@link ChangeMark} of a table whose rows are only ever inserted and deleted, never updated. */
final class ChangeMarks {

    private ChangeMarks() {}

    /** The newest id by the primary key's index, then the row count: both without reading any row's columns. */
    static <T extends Entity> ChangeMark of(ActiveObjects ao, Class<T> table) {
        T[] newest = ao.find(table, Query.select("ID").order("ID DESC").limit(1));
        if (newest.length == 0) {
            return ChangeMark.EMPTY;
        }
        return new ChangeMark(newest[0].getID(), ao.count(table));
    }
}
