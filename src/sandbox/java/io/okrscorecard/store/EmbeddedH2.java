package io.okrscorecard.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The store's tables on an embedded H2 database outside Jira: an AO {@link EntityManager} that names tables and columns
 * as Jira's AO plugin does ({@link JiraTableNames}), with every entity of the {@code <ao>} module migrated. Used by the
 * sandbox (a database file in its data folder), the tests and the benchmarks (in memory).
 */
public final class EmbeddedH2 implements AutoCloseable {
    /** The user of an embedded H2 database: its creator, with an empty password. */
    private static final String USER = "sa";
    /** Enough for the sandbox's HTTP threads and its background jobs. */
    private static final int MAX_CONNECTIONS = 32;

    private final String url;
    private final EntityManager entityManager;

    private EmbeddedH2(String url) {
        this.url = url;
        this.entityManager = pooled(url);
        migrate(entityManager);
    }

    /**
     * The database in {@code folder} (file {@code okr.mv.db}), created when the folder has none, its tables migrated.
     * It stays open until {@link #close()} (not merely until its last connection closes, which would reopen the file
     * for every statement); H2's file lock refuses a second process. Connections come from a pool, as Jira's do.
     */
    public static EmbeddedH2 inFolder(Path folder) {
        return new EmbeddedH2(
                "jdbc:h2:file:" + folder.toAbsolutePath().resolve("okr") + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
    }

    /**
     * An entity manager as {@link #entityManager} builds it, but over H2's connection pool: AO's builder pools only
     * with a pool library on the class path, and opening a connection for every statement costs more than many of the
     * statements.
     */
    private static EntityManager pooled(String url) {
        EntityManager named = entityManager(url, USER, "", "PUBLIC");
        named.getProvider().dispose();
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        EntityManagerConfiguration configuration = new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return named.getNameConverters();
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return named.getSchemaConfiguration();
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return new CachingEntityInfoResolverFactory();
            }
        };
        return new EntityManager(new H2DatabaseProvider(new PooledDataSource(pool), "PUBLIC"), configuration);
    }

    /** H2's pool as the data source that AO disposes of when the entity manager is done. */
    private static final class PooledDataSource implements DisposableDataSource {
        private final JdbcConnectionPool pool;

        PooledDataSource(JdbcConnectionPool pool) {
            this.pool = pool;
        }

        @Override
        public void dispose() {
            pool.dispose();
        }

        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return pool.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("H2's pool logs through its own trace");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }

    /** An entity manager on any database, naming tables and fields as Jira does. */
    public static EntityManager entityManager(String url, String user, String password, String schema) {
        return EntityManagerBuilder.url(url)
                .username(user)
                .password(password)
                .schema(schema)
                .auto()
                .tableNameConverter(new JiraTableNames())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
    }

    /** Creates or updates the tables of every entity, as Jira does when the plugin starts. */
    public static void migrate(EntityManager entityManager) {
        try {
            entityManager.migrate(Entities.array());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** Writes everything to the file and closes the database; its connections fail from now on. */
    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(url, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("closing the H2 database " + url + " failed", e);
        } finally {
            entityManager.getProvider().dispose();
        }
    }
}
