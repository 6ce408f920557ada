package io.okrscorecard.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/**
 * The store on a fresh in-memory H2 database of its own, outside the AO test runner: tables named as Jira names them,
 * every entity migrated, the repositories of {@link TestStore}. {@link #close()} drops the database.
 */
public final class H2Store extends TestStore implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final JiraTableNames TABLE_NAMES = new JiraTableNames();

    private final String url;
    private final EntityManager entityManager;

    private H2Store(String url, EntityManager entityManager) {
        super(entityManager);
        this.url = url;
        this.entityManager = entityManager;
    }

    /** A store on a new, empty in-memory database named {@code okr-<name>-<n>}. */
    public static H2Store fresh(String name) {
        String url = "jdbc:h2:mem:okr-" + name + "-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        EntityManager entityManager = entityManager(url, "sa", "", "PUBLIC");
        migrate(entityManager);
        return new H2Store(url, entityManager);
    }

    /** An entity manager on any database, naming tables and fields as Jira does ({@link EmbeddedH2#entityManager}). */
    public static EntityManager entityManager(String url, String user, String password, String schema) {
        return EmbeddedH2.entityManager(url, user, password, schema);
    }

    /** Creates or updates the tables of every entity, as Jira does when the plugin starts. */
    public static void migrate(EntityManager entityManager) {
        EmbeddedH2.migrate(entityManager);
    }

    /**
     * Every row of every table, keyed by table, each row as its column values in column order, sorted: two equal
     * contents mean that nothing was written in between.
     */
    public Map<String, List<String>> contents() {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            for (Class<? extends RawEntity<?>> entity : Entities.ALL) {
                String table = TABLE_NAMES.getName(entity);
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            row.append(columns.getColumnName(i))
                                    .append('=')
                                    .append(result.getString(i))
                                    .append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            entityManager.getProvider().dispose();
        }
    }
}
