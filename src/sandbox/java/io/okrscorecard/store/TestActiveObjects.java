package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DelegateConnection;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The Atlassian {@link ActiveObjects} facade over a plain AO {@link EntityManager}, for tests, benchmarks and the
 * sandbox (which is why it lives in {@code src/sandbox/java}), with real transactions: the outermost {@link
 * #executeInTransaction} commits or rolls back on its own connection, inner ones join it, as in Jira. Tests using it are
 * {@code @NonTransactional}, so the runner does not wrap them in a transaction of its own.
 *
 * <p>It counts the SQL statements the provider runs and lets a test act just before each {@code create}, to force a
 * race or a failure mid-batch.
 */
public final class TestActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    private final AtomicInteger statements = new AtomicInteger();
    private volatile Consumer<Class<?>> beforeCreate = type -> {};

    public TestActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
        entityManager.getProvider().addSqlListener(sql -> statements.incrementAndGet());
    }

    /** Runs before every {@code create}, on the creating thread, with the entity type. */
    public void beforeCreate(Consumer<Class<?>> hook) {
        this.beforeCreate = hook;
    }

    /** The number of SQL statements run since the last call. */
    public int statementsSinceLastCall() {
        return statements.getAndSet(0);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (transaction.get() != null) {
            return callback.doInTransaction();
        }
        DatabaseProvider provider = entityManager.getProvider();
        Connection connection = sql(provider::startTransaction);
        transaction.set(connection);
        try {
            T result = callback.doInTransaction();
            sql(() -> provider.commitTransaction(connection));
            return result;
        } catch (RuntimeException | Error failure) {
            try {
                provider.rollbackTransaction(connection);
            } catch (SQLException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        } finally {
            transaction.remove();
            close(connection);
        }
    }

    private static void close(Connection connection) {
        try {
            if (connection instanceof DelegateConnection delegate) {
                delegate.setCloseable(true);
            }
            connection.close();
        } catch (SQLException ignored) {
            // the transaction is over; a connection that fails to close has nothing left to lose
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        beforeCreate.accept(type);
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        beforeCreate.accept(type);
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        beforeCreate.accept(type);
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** As the Jira facade does, SQL failures surface as unchecked exceptions that keep the SQLException as cause. */
    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
