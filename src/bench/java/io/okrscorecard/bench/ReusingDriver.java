package io.okrscorecard.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;

/**
 * Keeps the JDBC connections that Active Objects closes open and hands them out again, as Jira's connection pool
 * does. Without it every read outside a transaction opens a new connection, which costs ~10 ms on PostgreSQL and
 * would dominate the figures. It replaces the registered driver of the URL; single-threaded use only.
 */
final class ReusingDriver implements Driver {
    private final Driver delegate;
    private final Deque<Connection> idle = new ArrayDeque<>();

    private ReusingDriver(Driver delegate) {
        this.delegate = delegate;
    }

    static void install(String url) throws SQLException {
        Driver driver = DriverManager.getDriver(url);
        DriverManager.deregisterDriver(driver);
        DriverManager.registerDriver(new ReusingDriver(driver));
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!delegate.acceptsURL(url)) {
            return null;
        }
        Connection pooled = idle.poll();
        Connection raw = pooled != null ? pooled : delegate.connect(url, info);
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (!closed[0]) {
                                closed[0] = true;
                                if (!raw.getAutoCommit()) {
                                    raw.rollback();
                                    raw.setAutoCommit(true);
                                }
                                idle.push(raw);
                            }
                            return null;
                        case "isClosed":
                            return closed[0] || raw.isClosed();
                        default:
                            try {
                                return method.invoke(raw, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegate.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return delegate.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return delegate.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return delegate.jdbcCompliant();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }
}
