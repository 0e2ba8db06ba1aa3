package org.sitrep.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's one connection with its prepared statements, each prepared once and reused: the small JDBC vocabulary
 * the rest of the package speaks. Not thread-safe; the store serialises access.
 */
public final class Sql implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** INSERT statements by their text, prepared with {@code RETURNING rowid}. */
    private final Map<String, PreparedStatement> inserts = new HashMap<>();

    public Sql(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** The statement for {@code sql} with {@code parameters} bound (null binds SQL NULL, a boolean 0 or 1). */
    PreparedStatement bind(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return bind(statement, parameters);
    }

    private static PreparedStatement bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            statement.setObject(i + 1, value instanceof Boolean flag ? (flag ? 1 : 0) : value);
        }
        return statement;
    }

    int update(String sql, Object... parameters) throws SQLException {
        return bind(sql, parameters).executeUpdate();
    }

    /** Runs an INSERT and returns the new row's id (one statement: the INSERT returns it). */
    long insert(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = inserts.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql + " RETURNING rowid");
            inserts.put(sql, statement);
        }
        try (ResultSet rows = bind(statement, parameters).executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The first column of the first row as a long, or null when there is no row or it is NULL. */
    Long queryLong(String sql, Object... parameters) throws SQLException {
        try (ResultSet rows = bind(sql, parameters).executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            long value = rows.getLong(1);
            return rows.wasNull() ? null : value;
        }
    }

    /** Runs a one-off query (its text built at run time, so not cached) and hands every row to {@code handler}. */
    void forEachRow(String text, RowHandler handler) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(text)) {
            while (rows.next()) {
                handler.accept(rows);
            }
        }
    }

    /** What to do with one row. */
    @FunctionalInterface
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    /** Runs {@code work} in one immediate transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Work done inside a transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** SQLite's recommended {@code PRAGMA optimize} before closing, its analysis bounded to 1,000 rows per index. */
    public void optimize() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA analysis_limit = 1000");
            statement.execute("PRAGMA optimize");
        }
    }

    @Override
    public void close() throws SQLException {
        for (Map<String, PreparedStatement> cache : List.of(statements, inserts)) {
            for (PreparedStatement statement : cache.values()) {
                statement.close();
            }
            cache.clear();
        }
        connection.close();
    }
}
