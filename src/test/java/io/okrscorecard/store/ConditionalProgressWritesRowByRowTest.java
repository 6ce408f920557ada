package io.okrscorecard.store;

import net.java.ao.DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;

/**
 * Every test of {@link ConditionalProgressWritesTest} with the store inserting one row per statement, as it does on an
 * Active Objects facade without the multi-row create ({@link AoInserts}): the same rows, the same conflicts.
 */
public class ConditionalProgressWritesRowByRowTest extends ConditionalProgressWritesTest {

    @Override
    protected boolean rowByRow() {
        return true;
    }

    /** One insert per row; on PostgreSQL Active Objects first asks the id sequence ({@code SELECT NEXTVAL}). */
    @Override
    protected int insertStatements(int rows, DatabaseProvider database) {
        return database instanceof PostgreSQLDatabaseProvider ? 2 * rows : rows;
    }
}
